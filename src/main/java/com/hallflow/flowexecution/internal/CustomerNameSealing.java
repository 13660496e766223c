package com.hallflow.flowexecution.internal;

import com.hallflow.security.SystemAuthentication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Encrypts the customer names typed before names were stored encrypted (changelog 0017,
 * decision 0024). Liquibase cannot, as the keys belong to the application: it moved every
 * clear name from the session rows to {@code customer_name_pending}; at each start,
 * before the web server serves anyone, this puts them back sealed and masked (with the
 * salutation a name like 张先生 carries) and deletes them from the pending table, a batch
 * per transaction, as the system actor. A start that is stopped half-way goes on at the
 * next; once the table is empty, a start costs one query of an empty table.
 */
@Component
class CustomerNameSealing implements SmartLifecycle {

	/** After the database check, before the demo data and the web server. */
	static final int PHASE = Integer.MAX_VALUE - 6144;

	private static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(CustomerNameSealing.class);

	private final SessionWriter writer;

	private final PersonalValues personal;

	private final TransactionTemplate tx;

	private volatile boolean running;

	CustomerNameSealing(SessionWriter writer, PersonalValues personal, PlatformTransactionManager transactions) {
		this.writer = writer;
		this.personal = personal;
		this.tx = new TransactionTemplate(transactions);
	}

	@Override
	public void start() {
		running = true;
		int sealed = SystemAuthentication.callAsSystem(this::sealPending);
		if (sealed > 0) {
			log.info("Customer names encrypted: {} sessions (typed before names were stored encrypted)", sealed);
		}
	}

	/** Seals every pending name; returns how many. */
	int sealPending() {
		int total = 0;
		int batch;
		do {
			batch = tx.execute(status -> sealBatch());
			total += batch;
		}
		while (batch == BATCH);
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

	@Override
	public void stop() {
		running = false;
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
