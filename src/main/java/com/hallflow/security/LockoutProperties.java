package com.hallflow.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * After {@code maxFailures} wrong passwords in a row the account is locked for
 * {@code duration}.
 */
@ConfigurationProperties("hallflow.security.lockout")
public record LockoutProperties(int maxFailures, Duration duration) {

	public LockoutProperties {
		if (maxFailures <= 0) {
			maxFailures = 5;
		}
		if (duration == null) {
			duration = Duration.ofMinutes(15);
		}
	}
}
