package com.hallflow.base.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Whether this node can reach its database, as the health endpoints and the readiness
 * probe report it (health component {@code database}). A background thread looks every
 * second; the probes only read what it last saw, so they answer at once even while the
 * database hangs, and a load balancer stops sending clerks to a node that cannot serve
 * them within {@value #STALE_SECONDS} s or so of losing the database (and sends them
 * again about a second after it is back). Its findings open and close the
 * {@link DatabaseGate}.
 */
@Component("database")
class DatabaseHealth implements HealthIndicator, SmartLifecycle {

	static final long STALE_SECONDS = 3;

	private static final Duration EVERY = Duration.ofSeconds(1);

	/** Before the web server (phase {@code Integer.MAX_VALUE - 2048}) opens the port. */
	private static final int PHASE = Integer.MAX_VALUE - 8192;

	private final DataSource dataSource;

	private final Clock clock;

	private final DatabaseGate gate;

	private volatile Instant lastReached;

	private volatile String lastProblem = "not checked yet";

	private ScheduledExecutorService checker;

	DatabaseHealth(DataSource dataSource, DatabaseGate gate) {
		// past the gate: this check is what opens it again
		this.dataSource = DatabaseGate.behind(dataSource);
		this.gate = gate;
		// the machine's clock, not the business clock tests move
		this.clock = Clock.systemUTC();
	}

	@Override
	public Health health() {
		Instant reached = lastReached;
		if (reached != null && Duration.between(reached, clock.instant()).getSeconds() < STALE_SECONDS) {
			return Health.up().build();
		}
		return Health.down().withDetail("problem", lastProblem).build();
	}

	void check() {
		try (Connection connection = dataSource.getConnection()) {
			if (connection.isValid(1)) {
				lastReached = clock.instant();
				gate.reached();
			}
			else {
				lastProblem = "the connection did not answer within 1 s";
				gate.lost(lastProblem);
			}
		}
		catch (SQLException | RuntimeException e) {
			lastProblem = e.getClass().getSimpleName();
			gate.lost(lastProblem);
		}
	}

	@Override
	public synchronized void start() {
		check();
		checker = Executors.newSingleThreadScheduledExecutor(work -> {
			Thread thread = new Thread(work, "hallflow-database-health");
			thread.setDaemon(true);
			return thread;
		});
		checker.scheduleWithFixedDelay(this::check, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (checker != null) {
			checker.shutdownNow();
			checker = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return checker != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
