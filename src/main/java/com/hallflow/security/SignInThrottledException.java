package com.hallflow.security;

import java.time.Instant;
import org.springframework.security.authentication.AccountStatusException;

/**
 * A sign-in refused without checking its password, because too many failed before it
 * (decision 0023): it may be tried again at {@link #retryAt()}. The same for an unknown
 * name as for an account, so it tells nobody which accounts exist. An account status
 * exception, so that the authentication manager stops at it.
 */
public class SignInThrottledException extends AccountStatusException {

	private final Instant retryAt;

	public SignInThrottledException(Instant retryAt) {
		super("Too many failed sign-ins; try again later");
		this.retryAt = retryAt;
	}

	public Instant retryAt() {
		return retryAt;
	}

	/** Whole seconds from {@code now} to {@link #retryAt()}, at least one. */
	public long secondsLeft(Instant now) {
		long millis = retryAt.toEpochMilli() - now.toEpochMilli();
		return Math.max(1, (millis + 999) / 1000);
	}

}
