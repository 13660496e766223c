package com.hallflow.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every test signs in from this machine (real HTTP, Karibu's faked request), so failures
 * that one test makes on purpose would hold back the next one's sign-ins through the
 * address throttle (decision 0023). A test that fails passwords from this machine forgets
 * the address counts afterwards; account counts stay, each test has its own accounts.
 */
public final class SignInThrottles {

	private SignInThrottles() {
	}

	public static void forgetAddresses(JdbcTemplate jdbc) {
		jdbc.update("delete from sign_in_throttle where throttle_key like 'address:%'");
	}

}
