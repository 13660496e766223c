package com.hallflow.promotion;

import java.time.Instant;
import java.util.List;

/**
 * Where and when a package is promoted: stages that each reach more of the network from
 * their start, exclusions for the whole rollout, an end (exclusive; null = open), a
 * priority (1 is offered first) and an optional quota of acceptances per branch.
 */
public record Rollout(long id, long lockVersion, long packageId, String packageCode, String packageName, String name,
		int priority, Integer quotaPerBranch, Instant endsAt, boolean paused, List<Stage> stages,
		List<RolloutTarget> exclusions, String updatedBy, Instant updatedAt) {

	public Rollout {
		stages = List.copyOf(stages);
		exclusions = List.copyOf(exclusions);
	}

	/** When the first stage starts. */
	public Instant startsAt() {
		return stages.isEmpty() ? null : stages.get(0).startsAt();
	}

	/** Scheduled, running, paused or ended at this instant. */
	public RolloutState stateAt(Instant at) {
		return RolloutState.at(at, paused, startsAt(), endsAt);
	}
}
