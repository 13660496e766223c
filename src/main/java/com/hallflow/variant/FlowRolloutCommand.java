package com.hallflow.variant;

import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import java.util.List;

/**
 * Creates a rollout ({@code id} null) of a subject or plans an existing one anew at the
 * lock version the planner read ({@code subject} and {@code subjectId} are then ignored).
 */
public record FlowRolloutCommand(Long id, Long lockVersion, FlowRollout.Subject subject, Long subjectId,
		List<Stage> stages, List<RolloutTarget> exclusions) {

	public FlowRolloutCommand {
		stages = stages == null ? List.of() : List.copyOf(stages);
		exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
	}

}
