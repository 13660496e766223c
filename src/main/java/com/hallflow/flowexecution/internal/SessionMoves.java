package com.hallflow.flowexecution.internal;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.flowexecution.FieldError;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.SubmitResult;
import com.hallflow.flowexecution.engine.RunState;
import com.hallflow.promotion.OfferProblem;
import com.hallflow.promotion.QuotaUsedUp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One move of a session (a step answered, a going back) in one transaction: from this
 * node's cached row and state when it has them (two statements: insert the step record,
 * update the row if it still stands where the cache says), else from the database. A
 * second submission for the same step, here or on another node, fails on the unique step
 * key or on the row's sequence and is answered with the session as it now stands
 * (docs/architecture.md §6).
 */
@Component
public class SessionMoves {

	private static final int ATTEMPTS = 3;

	private final SessionAccess access;

	private final SessionReplay replays;

	private final RunStateCache cache;

	private final SessionWriter writer;

	private final ReceiptNumbers receipts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final TransactionTemplate readTx;

	private final PersonalValues personal;

	SessionMoves(SessionAccess access, SessionReplay replays, RunStateCache cache, SessionWriter writer,
			ReceiptNumbers receipts, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			PersonalValues personal) {
		this.personal = personal;
		this.access = access;
		this.replays = replays;
		this.cache = cache;
		this.writer = writer;
		this.receipts = receipts;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.readTx = new TransactionTemplate(transactions);
		this.readTx.setReadOnly(true);
	}

	/**
	 * What a move does where the session stands; it writes its step record and ends with
	 * {@link #written}.
	 */
	@FunctionalInterface
	public interface Step {

		Moving apply(SessionSnapshot session, RunState state);

	}

	/**
	 * What a move wrote: the session and state to cache (null when nothing was written)
	 * and the answer.
	 */
	public record Moving(SessionSnapshot session, RunState state, SubmitResult result) {

		/**
		 * A refused move: the screen keeps what the clerk entered, so nothing is filled
		 * in.
		 */
		public static Moving refused(SessionSnapshot session, RunState state, List<FieldError> errors) {
			return new Moving(null, null,
					new SubmitResult(SessionProjections.running(session, state, sealed -> null), errors, false));
		}
	}

	public SubmitResult move(String id, int sequence, Step step) {
		for (int attempt = 1;; attempt++) {
			try {
				return attempt(id, sequence, step);
			}
			catch (PessimisticLockingFailureException deadlock) {
				// two submissions of one step can deadlock on InnoDB (both take the
				// session row's
				// shared lock for the step record's foreign key, then one wants it
				// exclusively);
				// the victim rolled back: try again from the database, where the winner
				// now stands
				cache.forget(id);
				if (attempt == ATTEMPTS) {
					return movedOn(id, sequence, deadlock);
				}
			}
		}
	}

	/**
	 * Moves the session row (or ends the session), conditional on where this node
	 * believes it stands.
	 */
	public Moving written(SessionSnapshot session, int sequence, RunState after, String idHash, Instant now) {
		SessionSnapshot moved;
		int changed;
		if (after.ended()) {
			String receipt = session.practice() ? null : receipts.next(session.branchId(), session.branchCode(),
					LocalDate.ofInstant(now, ClockConfiguration.BUSINESS_ZONE));
			changed = writer.end(session.id(), session.clerkId(), sequence, after.sequence(), after.outcome().name(),
					receipt, now, idHash, !session.practice());
			moved = session.ended(after.sequence(), after.outcome().name(), receipt, now);
			if (changed == 1 && !session.practice()) {
				events.publishEvent(new EndCommitting());
			}
		}
		else {
			String position = position(after);
			changed = writer.advance(session.id(), session.clerkId(), sequence, after.sequence(), position, now,
					idHash);
			moved = session.advanced(after.sequence(), position, now);
		}
		if (changed != 1) {
			throw new MovedElsewhere();
		}
		return new Moving(moved, after,
				new SubmitResult(SessionProjections.running(moved, after, personal::open), List.of(), false));
	}

	/** Where the run stands, for lists: "flow name / step title". */
	public static String position(RunState state) {
		return state.current().map(f -> truncate(f.flow().name() + " / " + f.step().title(), 140)).orElse(null);
	}

	private SubmitResult attempt(String id, int sequence, Step step) {
		Moving moving;
		try {
			moving = tx.execute(status -> {
				RunStateCache.Entry cached = cachedFor(id, sequence);
				SessionSnapshot session = cached != null ? cached.session() : access.load(id);
				RunState state = cached != null ? cached.state() : replays.state(session);
				if (!session.running() || sequence != session.sequence()) {
					return new Moving(null, null, new SubmitResult(
							SessionProjections.running(session, state, personal::open), List.of(), true));
				}
				access.requireServedByCaller(session);
				return step.apply(session, state);
			});
		}
		catch (PessimisticLockingFailureException deadlock) {
			throw deadlock;
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException | MovedElsewhere e) {
			cache.forget(id);
			return movedOn(id, sequence, e);
		}
		catch (QuotaUsedUp e) {
			// the step rolled back: the session stands where it stood, the clerk is told
			// at the offer
			return new SubmitResult(current(id),
					List.of(new FieldError(OfferProblem.fieldOf(e.packageId()), e.messageKey())), false);
		}
		if (moving.session() != null) {
			cache.put(moving.session(), moving.state());
		}
		return moving.result();
	}

	/**
	 * The cached entry for a move that names the step the cache stands at, if the caller
	 * may use it.
	 */
	private RunStateCache.Entry cachedFor(String id, int sequence) {
		RunStateCache.Entry cached = cache.get(id);
		if (cached == null || cached.session().sequence() != sequence) {
			return null;
		}
		return access.servedByCaller(cached.session()) ? cached : null;
	}

	private SubmitResult movedOn(String id, int sequence, RuntimeException cause) {
		RunningSession now = current(id);
		if (now.running() && !access.isCaller(now.clerkName())) {
			// taken over on another node since this one cached the session
			throw SessionAccess.servedByOther(now.clerkDisplayName());
		}
		if (now.sequence() == sequence && now.running()) {
			throw cause;
		}
		return new SubmitResult(now, List.of(), true);
	}

	/** The session as it now stands, from this node's cache or the database. */
	public RunningSession current(String id) {
		return readTx.execute(status -> {
			SessionSnapshot session = access.load(id);
			return SessionProjections.running(session, replays.state(session), personal::open);
		});
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

	/**
	 * The session row did not stand where this node believed: roll back and answer with
	 * the row as it is.
	 */
	private static final class MovedElsewhere extends RuntimeException {

		MovedElsewhere() {
			super(null, null, false, false);
		}

	}

}
