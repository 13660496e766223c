package com.hallflow.demo;

import com.hallflow.base.ClockConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The embedded demo's clock: the system clock, except on the thread that generates the
 * demo's history, which sets the instant each of its actions happens at (a session
 * started three weeks ago, its steps a minute or two apart). Every other thread, and
 * every other profile, reads the real time.
 */
@Component
@Primary
@Profile("demo")
class HistoryClock extends Clock {

	private final Clock system = Clock.system(ClockConfiguration.BUSINESS_ZONE);

	private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

	/**
	 * From now on this thread's actions happen at {@code at}, until {@link #release()}.
	 */
	void pin(Instant at) {
		pinned.set(at);
	}

	void release() {
		pinned.remove();
	}

	@Override
	public Instant instant() {
		Instant at = pinned.get();
		return at != null ? at : system.instant();
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return system.withZone(zone);
	}

}
