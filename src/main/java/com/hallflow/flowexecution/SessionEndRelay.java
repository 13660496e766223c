package com.hallflow.flowexecution;

import com.hallflow.flowexecution.internal.NotReplayable;
import com.hallflow.flowexecution.internal.EndCommitting;
import com.hallflow.flowexecution.internal.EndedSessionFactsReader;
import com.hallflow.flowexecution.internal.ServiceSessionEntity;
import com.hallflow.flowexecution.internal.ServiceSessionRepository;
import com.hallflow.flowexecution.internal.SessionWriter;
import com.hallflow.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands every counted session that ended to the {@link EndedSessionsRelayed} listeners
 * exactly once, after the end has committed, so that the step that ends a session does
 * not wait for what is kept about it (the insight rollups). The ending transaction marks
 * the session row {@code relay_pending}; the relay claims marked rows with a conditional
 * update, rebuilds each session's {@link EndedSessionFacts} from the stored steps and
 * publishes the round's sessions in the same transaction, so a listener's writes commit
 * together with the claim: nothing is counted twice, nothing is lost when a node stops
 * between the two, and two nodes never relay the same session. A background thread relays
 * 1 s after an ending commit on this node and otherwise once per poll interval (ends
 * committed elsewhere, or before a restart).
 */
@Component
public class SessionEndRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SessionEndRelay.class);
	static final int BATCH = 50;

	private static final int MAX_CONTENDED = 5;

	private static final long SETTLE_MILLIS = 1000;

	private final SessionWriter writer;

	private final ServiceSessionRepository sessions;

	private final EndedSessionFactsReader facts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final long pollMillis;

	private final boolean autoStart;

	private final Semaphore wake = new Semaphore(0);

	private volatile Thread thread;

	SessionEndRelay(SessionWriter writer, ServiceSessionRepository sessions, EndedSessionFactsReader facts,
			ApplicationEventPublisher events, PlatformTransactionManager transactions,
			@Value("${hallflow.relay.poll-millis:1000}") long pollMillis,
			@Value("${hallflow.relay.autostart:true}") boolean autoStart) {
		this.writer = writer;
		this.sessions = sessions;
		this.facts = facts;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.pollMillis = pollMillis;
		this.autoStart = autoStart;
	}

	@TransactionalEventListener
	void committed(EndCommitting ending) {
		wake.release();
	}

	/**
	 * Relays every session whose end is pending now, in batches, and returns how many
	 * this call relayed. Called by the background thread; callers that need the figures
	 * at once (tests, benchmarks) may call it too: sessions another caller is relaying
	 * are waited for, not repeated.
	 */
	public int relayPending() {
		return SystemAuthentication.callAsSystem(this::relayAll);
	}

	private int relayAll() {
		int relayed = 0;
		int contended = 0;
		while (true) {
			List<Long> candidates = tx.execute(status -> writer.relayPending(BATCH));
			if (candidates.isEmpty()) {
				return relayed;
			}
			try {
				relayed += relayBatch(candidates);
				contended = 0;
			}
			catch (TransientDataAccessException e) {
				// another relay (this node's thread, another node) took locks in another
				// order: the
				// loser rolled back, so read what is pending again, a few times, then let
				// the caller retry
				if (++contended > MAX_CONTENDED) {
					throw e;
				}
				pause(contended * 20L);
			}
		}
	}

	private int relayBatch(List<Long> candidates) {
		try {
			return tx.execute(status -> relay(candidates));
		}
		catch (RuntimeException e) {
			if (retryLater(e)) {
				throw e;
			}
			return oneByOne(candidates);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * After a batch failed for a reason other than contention: each alone. A session that
	 * fails alone while others of the batch go through cannot be rebuilt (say, a stored
	 * step that no longer replays); it is logged and left out, so it holds up no other.
	 * When none goes through, the fault is not the sessions' and all of them are tried
	 * again later — except a session whose stored steps no longer replay, which is its
	 * own fault even when it is the only one pending.
	 */
	private int oneByOne(List<Long> candidates) {
		int relayed = 0;
		boolean progressed = false;
		List<Long> failed = new ArrayList<>();
		List<Long> broken = new ArrayList<>();
		RuntimeException first = null;
		for (Long id : candidates) {
			try {
				relayed += tx.execute(status -> relay(List.of(id)));
				progressed = true;
			}
			catch (NotReplayable e) {
				// the session's own steps no longer rebuild it: its fault whatever the
				// others
				// do (a batch of one, when other relays took the rest, proves nothing)
				log.error("The end of session row {} cannot be relayed", id, e);
				broken.add(id);
			}
			catch (RuntimeException e) {
				if (retryLater(e)) {
					throw e;
				}
				log.error("The end of session row {} cannot be relayed", id, e);
				failed.add(id);
				first = first == null ? e : first;
			}
		}
		for (Long id : broken) {
			log.error("Session row {} is left out of the figures", id);
			tx.executeWithoutResult(status -> writer.leaveOut(id));
		}
		if (!progressed && first != null) {
			throw first;
		}
		for (Long id : failed) {
			log.error("Session row {} is left out of the figures", id);
			tx.executeWithoutResult(status -> writer.leaveOut(id));
		}
		return relayed;
	}

	/**
	 * Contention or an unreachable database: the same sessions are tried again on the
	 * next round.
	 */
	private static boolean retryLater(RuntimeException e) {
		return e instanceof TransientDataAccessException || e instanceof DataAccessResourceFailureException
				|| e instanceof CannotCreateTransactionException;
	}

	private int relay(List<Long> candidates) {
		int[] counts = writer.claim(candidates);
		List<Long> claimed = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			if (counts[i] == 1) {
				claimed.add(candidates.get(i));
			}
		}
		List<ServiceSessionEntity> rows = new ArrayList<>(sessions.findAllById(claimed));
		rows.sort(Comparator.comparing(ServiceSessionEntity::getId));
		if (!rows.isEmpty()) {
			events.publishEvent(new EndedSessionsRelayed(facts.of(rows)));
		}
		return rows.size();
	}

	private void loop() {
		while (thread == Thread.currentThread()) {
			try {
				if (wake.tryAcquire(pollMillis, TimeUnit.MILLISECONDS)) {
					// let the step that ended a session answer first (its receipt is
					// built right
					// after the commit), and take the ends of the next moment along in
					// one round
					Thread.sleep(SETTLE_MILLIS);
				}
				wake.drainPermits();
				relayPending();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				log.warn("Relaying ended sessions failed; trying again in {} ms: {}", pollMillis, e.toString());
			}
		}
	}

	/**
	 * Off only where something else calls {@link #relayPending()} (a benchmark that
	 * counts statements).
	 */
	@Override
	public boolean isAutoStartup() {
		return autoStart;
	}

	@Override
	public void start() {
		Thread relay = new Thread(this::loop, "hallflow-ended-sessions");
		relay.setDaemon(true);
		thread = relay;
		relay.start();
	}

	@Override
	public void stop() {
		Thread relay = thread;
		thread = null;
		if (relay != null) {
			wake.release(); // not an interrupt: the batch under way finishes and commits
			try {
				relay.join(10_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

}
