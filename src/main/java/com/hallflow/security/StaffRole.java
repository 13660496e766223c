package com.hallflow.security;

import com.hallflow.base.Translatable;

/**
 * What a staff account may do; branch roles always belong to one branch, a region admin
 * to one region (a province or a city).
 */
public enum StaffRole implements Translatable {

	HQ_ADMIN(AppRoles.HQ_ADMIN, false, false), REGION_ADMIN(AppRoles.REGION_ADMIN, false, true),
	BRANCH_MANAGER(AppRoles.BRANCH_MANAGER, true, false), BRANCH_STAFF(AppRoles.BRANCH_STAFF, true, false);

	private final String roleName;

	private final boolean requiresBranch;

	private final boolean requiresRegion;

	StaffRole(String roleName, boolean requiresBranch, boolean requiresRegion) {
		this.roleName = roleName;
		this.requiresBranch = requiresBranch;
		this.requiresRegion = requiresRegion;
	}

	public String roleName() {
		return roleName;
	}

	public boolean requiresBranch() {
		return requiresBranch;
	}

	public boolean requiresRegion() {
		return requiresRegion;
	}

	/** Translation key of this role's display name. */
	@Override
	public String messageKey() {
		return "security.role." + name();
	}

}
