package com.hallflow.security;

/**
 * The only place role names are spelled; use these constants in annotations and checks.
 */
public final class AppRoles {

	public static final String HQ_ADMIN = "HQ_ADMIN";

	public static final String BRANCH_MANAGER = "BRANCH_MANAGER";

	public static final String BRANCH_STAFF = "BRANCH_STAFF";

	/**
	 * 省公司管理员: bound to a region (a province or a city); reads head office's flows, edits
	 * its region's overlays, sees its region's branches and figures.
	 */
	public static final String REGION_ADMIN = "REGION_ADMIN";

	private AppRoles() {
	}

}
