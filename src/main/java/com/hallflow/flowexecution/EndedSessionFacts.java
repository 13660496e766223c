package com.hallflow.flowexecution;

import com.hallflow.promotion.OfferOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A counted session (not practice) ended, completed or abandoned. Handed on by
 * {@link SessionEndRelay} in a {@link EndedSessionsRelayed} round after the end has
 * committed, exactly once per session, inside the transaction that marks it relayed: what
 * a listener writes commits or rolls back with that mark.
 *
 * @param flowVersionNumber the number of head office's version of the flow the session
 * pinned (a region's overlay on it does not change it)
 * @param targetMinutes the flow's target handle time, if it has one
 * @param abandonedAt the step shown when the session was abandoned ("flow/step"), else
 * null
 * @param skipped checklist items left unticked on the final path of a completed session
 * @param offers the offers answered on the final path (a completed or abandoned session)
 */
public record EndedSessionFacts(String sessionId, long branchId, long clerkId, String clerkDisplayName, String flowKey,
		int flowVersionNumber, Integer targetMinutes, boolean practice, SessionStatus status, String outcome,
		Instant startedAt, Instant endedAt, LocalDate businessDay, String abandonedAt, String abandonedAtTitle,
		List<SkippedItem> skipped, List<Offer> offers) {

	public EndedSessionFacts {
		skipped = List.copyOf(skipped);
		offers = List.copyOf(offers);
	}

	/** One offer and what came of it. */
	public record Offer(long packageId, String packageCode, String packageName, OfferOutcome outcome) {
	}

	/**
	 * One checklist item not ticked; {@code itemNo} is its position in the step's
	 * checklist.
	 */
	public record SkippedItem(String flowKey, String stepKey, int itemNo, String itemText) {
	}

	public long handleMillis() {
		return Duration.between(startedAt, endedAt).toMillis();
	}
}
