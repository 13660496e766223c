package com.hallflow.base.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Draining on shutdown behind a load balancer (docs/operations.md): when the node is
 * asked to stop, readiness already answers "refusing traffic"; this waits
 * {@code hallflow.shutdown.drain} before the web server stops taking requests, so the
 * balancer's health check takes the node out of rotation while it still answers, and no
 * request meets a closed port. Then the web server's graceful shutdown finishes what is
 * in flight. Zero (the default) for a single node, which has nobody to hand over to.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

	private final Duration drain;

	private final ApplicationAvailability availability;

	private volatile boolean running;

	ShutdownDrain(@Value("${hallflow.shutdown.drain:0s}") Duration drain, ApplicationAvailability availability) {
		this.drain = drain;
		this.availability = availability;
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		if (drain.isZero() || drain.isNegative()) {
			return;
		}
		log.info("Draining for {} s before the web server stops (readiness: {})", drain.toSeconds(),
				availability.getReadinessState());
		try {
			Thread.sleep(drain.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops before the web server's graceful shutdown, which stops taking requests. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1;
	}

}
