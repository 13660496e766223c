package com.hallflow.flowexecution.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import com.hallflow.flowdesign.PublishedFlow;

/**
 * The one write path of the {@code service_session} and {@code step_record} rows, as
 * plain JDBC on the caller's transaction. A session row is inserted once and then only
 * moved by conditional updates that name where the writer believes it stands, so a move
 * made elsewhere (another tab, another node) makes the write touch no row instead of
 * overwriting it. JPA only reads these tables. The entity path (persist, repository
 * proxies, a native query parsed per call) cost more CPU than the statements themselves
 * (docs/benchmarks.md, engine). Instants are stored as UTC date-times, as Hibernate reads
 * them ({@code hibernate.jdbc.time_zone=UTC}).
 */
@Component
public class SessionWriter {

	private final JdbcTemplate jdbc;

	SessionWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a new session at its first step; the snapshot carries the row's id. */
	public SessionSnapshot insert(SessionSnapshot s, String mobileHash, long baseVersionId) {
		Long edition = PublishedFlow.editionOf(s.flowVersionId());
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(
					"""
							insert into service_session (lock_version, public_id, branch_id, branch_code, clerk_id, clerk_name,
							  clerk_display_name, flow_key, flow_name, flow_version_id, flow_version_number, practice, status,
							  sequence, current_step, customer_name_encrypted, customer_name_masked, customer_salutation,
							  customer_grade, mobile_masked, mobile_encrypted, mobile_hash, started_at, step_entered_at,
							  relay_pending, edition_id)
							values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)""",
					new String[] { "id" });
			int i = 0;
			insert.setString(++i, s.publicId());
			insert.setLong(++i, s.branchId());
			insert.setString(++i, s.branchCode());
			insert.setLong(++i, s.clerkId());
			insert.setString(++i, s.clerkName());
			insert.setString(++i, s.clerkDisplayName());
			insert.setString(++i, s.flowKey());
			insert.setString(++i, s.flowName());
			insert.setLong(++i, baseVersionId);
			insert.setInt(++i, s.flowVersionNumber());
			insert.setBoolean(++i, s.practice());
			insert.setInt(++i, s.sequence());
			insert.setString(++i, s.currentStep());
			insert.setString(++i, s.customerName().sealed());
			insert.setString(++i, s.customerName().masked());
			insert.setString(++i, s.customerName().salutation() == null ? null : s.customerName().salutation().name());
			insert.setString(++i, s.customerGrade());
			insert.setString(++i, s.mobileMasked());
			insert.setString(++i, s.mobileSealed());
			insert.setString(++i, mobileHash);
			insert.setTimestamp(++i, Timestamp.valueOf(utc(s.startedAt())));
			insert.setTimestamp(++i, Timestamp.valueOf(utc(s.stepEnteredAt())));
			insert.setObject(++i, edition);
			return insert;
		}, key);
		return s.withId(Objects.requireNonNull(key.getKey(), "the session's generated id").longValue());
	}

	/**
	 * Inserts one immutable step record; a second one for the same step fails on the
	 * unique key.
	 */
	public void insert(StepRecordEntity r) {
		jdbc.update("""
				insert into step_record (session_id, branch_id, sequence, kind, flow_key, step_key, step_title,
				  shown_values, sealed_values, checked_items, next_target, called_version_id, actor,
				  submitted_at, duration_ms) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", r.getSessionId(),
				r.getBranchId(), r.getSequence(), r.getKind().name(), r.getFlowKey(), r.getStepKey(), r.getStepTitle(),
				r.getShownValues(), r.getSealedValues(), r.getCheckedItems(), r.getNextTarget(), r.getCalledVersionId(),
				r.getActor(), utc(r.getSubmittedAt()), r.getDurationMs());
	}

	/**
	 * Moves a running session to its next step, only if it still stands at
	 * {@code expected} and is still served by {@code clerkId} (not taken over since).
	 */
	public int advance(long id, long clerkId, int expected, int next, String step, Instant at, String idHash) {
		return jdbc.update("""
				update service_session set sequence = ?, current_step = ?, step_entered_at = ?,
				  id_number_hash = coalesce(id_number_hash, ?), draft_sequence = null, draft_values = null,
				  lock_version = lock_version + 1
				where id = ? and sequence = ? and status = 'IN_PROGRESS' and clerk_id = ?""", next, step, utc(at),
				idHash, id, expected, clerkId);
	}

	/**
	 * Ends a running session, only if it still stands at {@code expected} and is still
	 * served by {@code clerkId}; a counted (not practice) session is left for the relay
	 * of ended sessions.
	 */
	public int end(long id, long clerkId, int expected, int next, String outcome, String receipt, Instant at,
			String idHash, boolean counted) {
		return jdbc.update("""
				update service_session set sequence = ?, status = 'ENDED', outcome = ?, receipt_no = ?,
				  ended_at = ?, step_entered_at = ?, current_step = null,
				  id_number_hash = coalesce(id_number_hash, ?), relay_pending = ?,
				  draft_sequence = null, draft_values = null, lock_version = lock_version + 1
				where id = ? and sequence = ? and status = 'IN_PROGRESS' and clerk_id = ?""", next, outcome, receipt,
				utc(at), utc(at), idHash, counted, id, expected, clerkId);
	}

	/**
	 * Abandons a running session with the clerk's reason, only if it is still running and
	 * still served by {@code clerkId}.
	 */
	public int abandon(long id, long clerkId, String reason, Instant at, boolean counted) {
		return jdbc.update("""
				update service_session set status = 'ABANDONED', abandon_reason = ?, ended_at = ?,
				  relay_pending = ?, draft_sequence = null, draft_values = null, lock_version = lock_version + 1
				where id = ? and status = 'IN_PROGRESS' and clerk_id = ?""", reason, utc(at), counted, id, clerkId);
	}

	/**
	 * Hands a running session from the clerk who serves it to another, only if it is
	 * still running and still served by {@code fromClerkId}. The draft of the current
	 * step goes with it: the new clerk continues from what was typed.
	 */
	public int takeOver(long id, long fromClerkId, long clerkId, String clerkName, String clerkDisplayName) {
		return jdbc.update("""
				update service_session set clerk_id = ?, clerk_name = ?, clerk_display_name = ?,
				  lock_version = lock_version + 1
				where id = ? and status = 'IN_PROGRESS' and clerk_id = ?""", clerkId, clerkName, clerkDisplayName, id,
				fromClerkId);
	}

	/**
	 * Keeps what the clerk entered on the current step, only while the session stands
	 * there and only for the clerk who serves it; returns the rows written (0 or 1).
	 */
	public int keepDraft(String publicId, String clerkName, int sequence, String sealed) {
		return jdbc.update("""
				update service_session set draft_sequence = ?, draft_values = ?
				where public_id = ? and clerk_name = ? and sequence = ? and status = 'IN_PROGRESS'""", sequence, sealed,
				publicId, clerkName, sequence);
	}

	/**
	 * The customer's mobile number as a step corrected it: masked for lists, encrypted,
	 * hashed for look-ups, like the start dialog's.
	 */
	public void correctMobile(long id, String masked, String sealed, String hash) {
		jdbc.update("update service_session set mobile_masked = ?, mobile_encrypted = ?, mobile_hash = ? where id = ?",
				masked, sealed, hash, id);
	}

	/**
	 * Up to {@code limit} customer names typed before names were stored encrypted, by
	 * session id (changelog 0017, {@link CustomerNameSealing}).
	 */
	public Map<Long, String> pendingNames(int limit) {
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.query("select session_id, customer_name from customer_name_pending order by session_id limit " + limit,
				row -> {
					names.put(row.getLong(1), row.getString(2));
				});
		return names;
	}

	/**
	 * Puts pending names back on their sessions, sealed, and takes them off the pending
	 * table; a salutation already on the session stays.
	 */
	public void sealPendingNames(Map<Long, SealedName> sealed) {
		List<Map.Entry<Long, SealedName>> names = List.copyOf(sealed.entrySet());
		jdbc.batchUpdate("""
				update service_session set customer_name_encrypted = ?, customer_name_masked = ?,
				  customer_salutation = coalesce(customer_salutation, ?)
				where id = ?""", names, names.size(), (statement, name) -> {
			statement.setString(1, name.getValue().sealed());
			statement.setString(2, name.getValue().masked());
			statement.setString(3, name.getValue().salutation() == null ? null : name.getValue().salutation().name());
			statement.setLong(4, name.getKey());
		});
		// the batch holds the lowest pending ids: one statement takes them all off
		jdbc.update("delete from customer_name_pending where session_id <= ?",
				names.stream().mapToLong(Map.Entry::getKey).max().orElse(0));
	}

	/** The sealed draft of the session's current step, if its clerk kept one. */
	public Optional<String> draft(String publicId, String clerkName, int sequence) {
		return jdbc
			.queryForList("""
					select draft_values from service_session
					where public_id = ? and clerk_name = ? and draft_sequence = ? and status = 'IN_PROGRESS'""",
					String.class, publicId, clerkName, sequence)
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
	}

	/** The ids of sessions whose end waits for the relay, oldest first. */
	public List<Long> relayPending(int limit) {
		return jdbc.queryForList("select id from service_session where relay_pending = true order by id limit " + limit,
				Long.class);
	}

	/**
	 * Claims these sessions for one relay round; the counts say which this round took (1)
	 * and which another did.
	 */
	public int[] claim(List<Long> ids) {
		int[][] counts = jdbc.batchUpdate(
				"update service_session set relay_pending = false where id = ? and relay_pending = true", ids,
				ids.size(), (statement, id) -> statement.setLong(1, id));
		return counts.length == 0 ? new int[0] : counts[0];
	}

	/** Takes a session that cannot be relayed out of the relay's way. */
	public void leaveOut(long id) {
		jdbc.update("update service_session set relay_pending = false where id = ?", id);
	}

	private static LocalDateTime utc(Instant at) {
		return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
