package com.hallflow.security;

import com.hallflow.base.BusinessException;

/** Length is the rule that matters; the password may not be the username. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	static void check(String username, String password, String field) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw BusinessException.forField(field, "security.password.length", MIN_LENGTH);
		}
		if (password.equalsIgnoreCase(username)) {
			throw BusinessException.forField(field, "security.password.sameAsUsername");
		}
	}

}
