package com.hallflow.flowexecution.engine;

/**
 * A stored step that cannot be applied where the replay stands: another flow or step, a
 * sequence out of order, a target the pinned version does not have. The records are kept;
 * the run state cannot be rebuilt from them.
 */
public final class RecordMismatch extends RuntimeException {

	private final int sequence;

	RecordMismatch(int sequence, String problem) {
		super("step " + sequence + ": " + problem);
		this.sequence = sequence;
	}

	public int sequence() {
		return sequence;
	}

}
