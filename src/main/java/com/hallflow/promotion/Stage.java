package com.hallflow.promotion;

import java.time.Instant;
import java.util.List;

/** From {@code startsAt} on, the rollout reaches these targets too (stages add up). */
public record Stage(Instant startsAt, List<RolloutTarget> targets) {

	public Stage {
		targets = List.copyOf(targets);
	}
}
