package com.hallflow.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The application clock in tests: real time plus whatever a test has moved it forward.
 */
@Component
@Primary
@Profile("!demo") // the embedded demo has its own clock for the history it serves
public class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	private final Clock base = Clock.system(ZoneId.of("Asia/Shanghai"));

	public void advance(Duration by) {
		offset = offset.plus(by);
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the test clock has one zone");
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset);
	}

}
