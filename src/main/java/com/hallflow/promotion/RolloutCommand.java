package com.hallflow.promotion;

import java.time.Instant;
import java.util.List;

/**
 * Creates a rollout ({@code id} null) or updates one at the lock version the planner
 * read.
 */
public record RolloutCommand(Long id, Long lockVersion, Long packageId, String name, Integer priority,
		Integer quotaPerBranch, Instant endsAt, List<Stage> stages, List<RolloutTarget> exclusions) {

	/** The name's limit, checked by the service. */
	public static final int NAME_MOST = 100;

	public RolloutCommand {
		stages = stages == null ? List.of() : List.copyOf(stages);
		exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
	}
}
