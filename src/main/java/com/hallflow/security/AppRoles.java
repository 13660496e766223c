package com.hallflow.security;

/**
 * The only place role names are spelled; use these constants in annotations and checks.
 */
public final class AppRoles {

	public static final String HQ_ADMIN = "HQ_ADMIN";

	public static final String BRANCH_MANAGER = "BRANCH_MANAGER";

	public static final String BRANCH_STAFF = "BRANCH_STAFF";

	private AppRoles() {
	}

}
