package com.hallflow.flowexecution.internal;

import com.hallflow.base.BusinessException;

/**
 * A session whose stored steps no longer rebuild its run state: it cannot be resumed, and
 * its records are kept as they are. The message names the step from which it cannot be
 * rebuilt.
 */
public final class NotReplayable extends BusinessException {

	private final String sessionId;

	private final int sequence;

	NotReplayable(String sessionId, int sequence, RuntimeException cause) {
		super("flowexecution.session.notReplayable", sequence);
		initCause(cause);
		this.sessionId = sessionId;
		this.sequence = sequence;
	}

	public String sessionId() {
		return sessionId;
	}

	public int sequence() {
		return sequence;
	}

}
