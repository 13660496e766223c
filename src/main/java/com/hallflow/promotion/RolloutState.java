package com.hallflow.promotion;

import com.hallflow.base.Translatable;
import java.time.Instant;

/**
 * Where a rollout stands at an instant. An ended rollout is {@link #ENDED} even when
 * paused (resuming it would offer nothing); otherwise a paused one is {@link #PAUSED}
 * whether or not it has started.
 */
public enum RolloutState implements Translatable {

	/** Its first stage has not started yet. */
	SCHEDULED,
	/** A stage has started and the end has not come: it offers where it reaches. */
	RUNNING,
	/** Stopped by head office: it offers nothing until resumed; quotas are kept. */
	PAUSED,
	/** Its end (exclusive) has passed. */
	ENDED;

	/** The translation key of this state's name. */
	@Override
	public String messageKey() {
		return "promotion.rollout.state." + name();
	}

	/**
	 * The state at {@code at} of a rollout that starts at {@code startsAt} (null: no
	 * stage yet) and ends at {@code endsAt} (exclusive; null: open-ended).
	 */
	public static RolloutState at(Instant at, boolean paused, Instant startsAt, Instant endsAt) {
		if (endsAt != null && !endsAt.isAfter(at)) {
			return ENDED;
		}
		if (paused) {
			return PAUSED;
		}
		return startsAt == null || startsAt.isAfter(at) ? SCHEDULED : RUNNING;
	}

}
