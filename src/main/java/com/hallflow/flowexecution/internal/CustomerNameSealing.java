package com.hallflow.flowexecution.internal;

import com.hallflow.security.SystemAuthentication;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Encrypts the customer names typed before names were stored encrypted (changelog 0017,
 * decision 0024). Liquibase cannot, as the keys belong to the application: it moved every
 * clear name from the session rows to {@code customer_name_pending}; after each start
 * this puts them back sealed and masked (with the salutation a name like 张先生 carries) and
 * deletes them from the pending table, a batch per transaction, as the system actor, in
 * the background: about 2,400 names a second on MariaDB here, so a large database is
 * served meanwhile (a session not yet sealed shows no name). A node that stops half-way
 * goes on at its next start; once the table is empty, a start costs one query of an empty
 * table.
 */
@Component
public class CustomerNameSealing implements SmartLifecycle {

	/** Before the web server, so its work starts as early as it can. */
	static final int PHASE = Integer.MAX_VALUE - 6144;

	private static final int BATCH = 500;

	private static final long STOP_WAIT_MILLIS = 5_000;

	private static final Logger log = LoggerFactory.getLogger(CustomerNameSealing.class);

	private final SessionWriter writer;

	private final PersonalValues personal;

	private final TransactionTemplate tx;

	private final CompletableFuture<Integer> finished = new CompletableFuture<>();

	private volatile boolean running;

	private volatile Thread sealing;

	CustomerNameSealing(SessionWriter writer, PersonalValues personal, PlatformTransactionManager transactions) {
		this.writer = writer;
		this.personal = personal;
		this.tx = new TransactionTemplate(transactions);
	}

	@Override
	public void start() {
		if (running) {
			return;
		}
		running = true;
		Thread thread = new Thread(() -> {
			try {
				int sealed = SystemAuthentication.callAsSystem(this::sealPending);
				if (sealed > 0) {
					log.info("Customer names encrypted: {} sessions (typed before names were stored encrypted)",
							sealed);
				}
				finished.complete(sealed);
			}
			catch (RuntimeException e) {
				log.warn("Encrypting the customer names typed before stopped; the next start goes on: {}", e.toString(),
						e);
				finished.completeExceptionally(e);
			}
		}, "hallflow-name-sealing");
		thread.setDaemon(true);
		sealing = thread;
		thread.start();
	}

	/** Completes with the number of names this start encrypted. */
	public CompletableFuture<Integer> finished() {
		return finished;
	}

	/**
	 * Seals the pending names a batch at a time while the application runs; returns how
	 * many.
	 */
	int sealPending() {
		int total = 0;
		int batch;
		do {
			Integer done = tx.execute(status -> sealBatch());
			batch = done == null ? 0 : done;
			total += batch;
		}
		while (batch == BATCH && running);
		return total;
	}

	private int sealBatch() {
		Map<Long, SealedName> sealed = new LinkedHashMap<>();
		writer.pendingNames(BATCH).forEach((id, name) -> sealed.put(id, SealedName.of(name, null, personal::encrypt)));
		if (!sealed.isEmpty()) {
			writer.sealPendingNames(sealed);
		}
		return sealed.size();
	}

	/** Stops between two batches, before the database closes; waits a few seconds. */
	@Override
	public void stop() {
		running = false;
		Thread thread = sealing;
		if (thread != null) {
			try {
				thread.join(STOP_WAIT_MILLIS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
