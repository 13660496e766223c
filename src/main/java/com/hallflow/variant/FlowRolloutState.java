package com.hallflow.variant;

import com.hallflow.base.Translatable;
import com.hallflow.promotion.RolloutState;

/**
 * Where a rollout of a flow version or overlay stands (decision 0027): promotion's
 * {@link RolloutState} in a flow's words, plus rolled back.
 */
public enum FlowRolloutState implements Translatable {

	/** No stage has started (or none is planned yet): 计划中. */
	PLANNED,
	/** A stage has started: the version applies where the started stages reach. */
	RUNNING,
	/** Paused: branches reached keep the version, no further stage starts. */
	PAUSED,
	/** A stage reaching the whole network has started: nothing is left to roll out. */
	COMPLETED,
	/** Rolled back: the version applies nowhere; new sessions run the one before. */
	ROLLED_BACK;

	@Override
	public String messageKey() {
		return "variant.rollout.state." + name();
	}

	/** Whether the rollout still counts as the flow's open one. */
	public boolean open() {
		return this == PLANNED || this == RUNNING || this == PAUSED;
	}

	static FlowRolloutState of(RolloutState state) {
		return switch (state) {
			case SCHEDULED -> PLANNED;
			case RUNNING -> RUNNING;
			case PAUSED -> PAUSED;
			case ENDED -> COMPLETED;
		};
	}

}
