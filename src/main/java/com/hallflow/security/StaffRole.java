package com.hallflow.security;

import com.hallflow.base.Translatable;

/** What a staff account may do; branch roles always belong to one branch. */
public enum StaffRole implements Translatable {

	HQ_ADMIN(AppRoles.HQ_ADMIN, false), BRANCH_MANAGER(AppRoles.BRANCH_MANAGER, true),
	BRANCH_STAFF(AppRoles.BRANCH_STAFF, true);

	private final String roleName;

	private final boolean requiresBranch;

	StaffRole(String roleName, boolean requiresBranch) {
		this.roleName = roleName;
		this.requiresBranch = requiresBranch;
	}

	public String roleName() {
		return roleName;
	}

	public boolean requiresBranch() {
		return requiresBranch;
	}

	/** Translation key of this role's display name. */
	@Override
	public String messageKey() {
		return "security.role." + name();
	}

}
