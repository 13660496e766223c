package com.hallflow.variant.internal;

import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.TargetKind;
import com.hallflow.variant.FlowRollout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rollout rows as the API's records, and back. */
public final class FlowRollouts {

	private FlowRollouts() {
	}

	public static FlowRollout view(FlowRolloutEntity e) {
		TreeMap<Integer, List<RolloutTarget>> stageTargets = new TreeMap<>();
		Map<Integer, Instant> starts = new HashMap<>();
		List<RolloutTarget> exclusions = new ArrayList<>();
		for (FlowRolloutEntity.TargetRow row : e.getTargets()) {
			RolloutTarget target = new RolloutTarget(TargetKind.valueOf(row.kind()), row.refId());
			if (row.excluded()) {
				exclusions.add(target);
			}
			else {
				stageTargets.computeIfAbsent(row.stageNo(), k -> new ArrayList<>()).add(target);
				starts.put(row.stageNo(), row.startsAt());
			}
		}
		List<Stage> stages = stageTargets.entrySet()
			.stream()
			.map(s -> new Stage(starts.get(s.getKey()), s.getValue()))
			.toList();
		return new FlowRollout(e.getId(), e.getLockVersion(), e.getFlowKey(),
				FlowRollout.Subject.valueOf(e.getSubjectKind()), e.getSubjectId(), e.getSubjectNumber(),
				e.getRegionId(), e.isPaused(), e.getPausedAt(), e.isRolledBack(), e.getRolledBackAt(), stages,
				exclusions, e.getUpdatedBy(), e.getUpdatedAt());
	}

	public static List<FlowRolloutEntity.TargetRow> rows(List<Stage> stages, List<RolloutTarget> exclusions) {
		List<FlowRolloutEntity.TargetRow> rows = new ArrayList<>();
		int stageNo = 0;
		for (Stage stage : stages) {
			stageNo++;
			for (RolloutTarget target : stage.targets()) {
				rows.add(new FlowRolloutEntity.TargetRow(stageNo, stage.startsAt(), target.kind().name(),
						target.refId(), false));
			}
		}
		for (RolloutTarget target : exclusions) {
			rows.add(new FlowRolloutEntity.TargetRow(0, null, target.kind().name(), target.refId(), true));
		}
		return rows;
	}

}
