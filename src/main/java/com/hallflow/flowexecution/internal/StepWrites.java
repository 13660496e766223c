package com.hallflow.flowexecution.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The two writes of an ordinary step as plain JDBC on the transaction's own connection: insert
 * the step record, and move the session row only if it still stands where the caller believes.
 * The entity path (persist, repository proxies, a native query parsed per call) cost more CPU
 * than the statements themselves (docs/benchmarks.md, engine). Callers hold the step's
 * transaction; instants are stored as UTC date-times, as Hibernate stores them
 * ({@code hibernate.jdbc.time_zone=UTC}).
 */
@Component
public class StepWrites {

    private final JdbcTemplate jdbc;

    StepWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts one immutable step record; a second one for the same step fails on the unique key. */
    public void insert(StepRecordEntity r) {
        jdbc.update("""
                        insert into step_record (session_id, branch_id, sequence, kind, flow_key, step_key, step_title,
                          shown_values, sealed_values, checked_items, called_version_id, actor, submitted_at,
                          duration_ms) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.getSessionId(), r.getBranchId(), r.getSequence(), r.getKind().name(), r.getFlowKey(),
                r.getStepKey(), r.getStepTitle(), r.getShownValues(), r.getSealedValues(), r.getCheckedItems(),
                r.getCalledVersionId(), r.getActor(), utc(r.getSubmittedAt()), r.getDurationMs());
    }

    /** Moves a running session to its next step, only if it still stands at {@code expected}. */
    public int advance(long id, int expected, int next, String step, Instant at, String idHash) {
        return jdbc.update("""
                        update service_session set sequence = ?, current_step = ?, step_entered_at = ?,
                          id_number_hash = coalesce(id_number_hash, ?), lock_version = lock_version + 1
                        where id = ? and sequence = ? and status = 'IN_PROGRESS'""",
                next, step, utc(at), idHash, id, expected);
    }

    /**
     * Ends a running session, only if it still stands at {@code expected}; a counted (not practice)
     * session is left for the relay of ended sessions.
     */
    public int end(long id, int expected, int next, String outcome, String receipt, Instant at, String idHash,
                   boolean counted) {
        return jdbc.update("""
                        update service_session set sequence = ?, status = 'ENDED', outcome = ?, receipt_no = ?,
                          ended_at = ?, step_entered_at = ?, current_step = null,
                          id_number_hash = coalesce(id_number_hash, ?), relay_pending = ?,
                          lock_version = lock_version + 1
                        where id = ? and sequence = ? and status = 'IN_PROGRESS'""",
                next, outcome, receipt, utc(at), utc(at), idHash, counted, id, expected);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
