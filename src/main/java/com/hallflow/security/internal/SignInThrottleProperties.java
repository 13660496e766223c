package com.hallflow.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-in slows a guesser down (decision 0023): three throttles, each letting
 * {@code freeFailures} failures pass and then imposing a wait that starts at
 * {@code firstWait} and doubles with every further failure up to {@code longestWait}. A
 * throttle forgets its failures after {@code forgetAfter} without one; an address an
 * account has signed in from stays known for {@code knownAddressFor}.
 *
 * @param account one account, tried from addresses it does not know (and unknown names)
 * @param knownAddress one account, tried from one address it has signed in from
 * @param address one source address, whatever names it tries
 */
@ConfigurationProperties("hallflow.security.sign-in")
public record SignInThrottleProperties(Throttle account, Throttle knownAddress, Throttle address, Duration forgetAfter,
		Duration knownAddressFor) {

	public SignInThrottleProperties {
		account = account == null ? new Throttle(5, null, Duration.ofMinutes(15)) : account;
		knownAddress = knownAddress == null ? new Throttle(5, null, Duration.ofMinutes(5)) : knownAddress;
		address = address == null ? new Throttle(10, null, Duration.ofMinutes(15)) : address;
		forgetAfter = forgetAfter == null ? Duration.ofHours(24) : forgetAfter;
		knownAddressFor = knownAddressFor == null ? Duration.ofDays(90) : knownAddressFor;
		for (Throttle throttle : new Throttle[] { account, knownAddress, address }) {
			if (forgetAfter.compareTo(throttle.longestWait()) <= 0) {
				// else a guesser who waits out the longest wait finds the count forgotten
				throw new IllegalArgumentException(
						"hallflow.security.sign-in.forget-after must be longer than " + "every longest-wait");
			}
		}
	}

	/** One throttle's settings. */
	public record Throttle(int freeFailures, Duration firstWait, Duration longestWait) {

		public Throttle {
			freeFailures = freeFailures <= 0 ? 5 : freeFailures;
			firstWait = firstWait == null ? Duration.ofSeconds(1) : firstWait;
			longestWait = longestWait == null ? Duration.ofMinutes(15) : longestWait;
		}

		/**
		 * The wait after the {@code failures}-th failure in a row: none while free, then
		 * the first wait, doubled for each failure after it, never longer than the
		 * longest.
		 */
		public Duration waitAfter(int failures) {
			if (failures < freeFailures) {
				return Duration.ZERO;
			}
			int doublings = failures - freeFailures;
			// 2^40 seconds is far beyond any longest wait: no overflow, same answer
			Duration wait = doublings >= 40 ? longestWait : firstWait.multipliedBy(1L << doublings);
			return wait.compareTo(longestWait) > 0 ? longestWait : wait;
		}

	}

}
