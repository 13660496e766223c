package com.hallflow.flowexecution;

import java.util.List;

/**
 * The counted sessions one round of the relay hands on ({@link SessionEndRelay}),
 * published once per round inside the transaction that marks them relayed, so a listener
 * can write what it keeps about all of them together; each session appears in exactly one
 * round.
 */
public record EndedSessionsRelayed(List<EndedSessionFacts> sessions) {

	public EndedSessionsRelayed {
		sessions = List.copyOf(sessions);
	}
}
