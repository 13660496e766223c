package com.hallflow.variant;

import com.hallflow.promotion.RolloutState;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.TargetKind;
import java.time.Instant;
import java.util.List;

/**
 * A staged rollout of one of head office's flow versions or of a region's overlay
 * (decision 0027): stages in promotion's vocabulary that each reach more of the network
 * from their start, exclusions for the whole rollout, pause and rollback.
 *
 * @param subjectId the {@code flow_version} or {@code flow_overlay} id rolled out
 * @param subjectNumber its number
 * @param regionId the overlay's region; null for head office's versions
 * @param pausedAt when it was paused; null while it is not
 */
public record FlowRollout(long id, long lockVersion, String flowKey, Subject subject, long subjectId, int subjectNumber,
		Long regionId, boolean paused, Instant pausedAt, boolean rolledBack, Instant rolledBackAt, List<Stage> stages,
		List<RolloutTarget> exclusions, String updatedBy, Instant updatedAt) {

	/** What is rolled out. */
	public enum Subject {

		/** One of head office's published flow versions. */
		VERSION,
		/** One of a region's published overlays. */
		OVERLAY

	}

	public FlowRollout {
		stages = List.copyOf(stages);
		exclusions = List.copyOf(exclusions);
	}

	/** When the first stage starts; null while none is planned. */
	public Instant startsAt() {
		return stages.isEmpty() ? null : stages.get(0).startsAt();
	}

	/**
	 * When the stage starts reaching, as far as this rollout knows now: its start, or
	 * null (never, until resumed) for a stage that was still to start when the rollout
	 * was paused. A rolled-back rollout reaches nothing.
	 */
	public Instant effectiveStart(Stage stage) {
		if (rolledBack || paused && pausedAt != null && stage.startsAt().isAfter(pausedAt)) {
			return null;
		}
		return stage.startsAt();
	}

	/** Planned, running, paused, completed or rolled back at this instant. */
	public FlowRolloutState stateAt(Instant at) {
		if (rolledBack) {
			return FlowRolloutState.ROLLED_BACK;
		}
		Instant everywhere = null;
		for (Stage stage : stages) {
			Instant start = effectiveStart(stage);
			if (start != null && !start.isAfter(at)
					&& stage.targets().stream().anyMatch(t -> t.kind() == TargetKind.NETWORK)) {
				everywhere = start;
				break;
			}
		}
		return FlowRolloutState.of(RolloutState.at(at, paused, startsAt(), everywhere));
	}

}
