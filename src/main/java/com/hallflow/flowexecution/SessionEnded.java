package com.hallflow.flowexecution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Published inside the transaction that ends a session (completed or abandoned), so that what
 * keeps figures about sessions commits or rolls back with the session itself.
 *
 * @param targetMinutes  the flow's target handle time, if it has one
 * @param abandonedAt    the step shown when the session was abandoned ("flow/step"), else null
 * @param skipped        checklist items left unticked on the final path of a completed session
 */
public record SessionEnded(String sessionId, long branchId, long clerkId, String clerkDisplayName, String flowKey,
                           Integer targetMinutes, boolean practice, SessionStatus status, String outcome,
                           Instant startedAt, Instant endedAt, LocalDate businessDay, String abandonedAt,
                           String abandonedAtTitle, List<SkippedItem> skipped) {

    public SessionEnded {
        skipped = List.copyOf(skipped);
    }

    /** One checklist item not ticked; {@code itemNo} is its position in the step's checklist. */
    public record SkippedItem(String flowKey, String stepKey, int itemNo, String itemText) {
    }

    public long handleMillis() {
        return java.time.Duration.between(startedAt, endedAt).toMillis();
    }
}
