package com.hallflow.base;

/**
 * What an audit entry records. Stored by {@link #name()}: the names are those the log has
 * always written, so older entries read as the same constants.
 */
public enum AuditAction implements Translatable {

	LOGIN_SUCCEEDED, LOGIN_FAILED, ACCOUNT_LOCKED, USER_CREATED, USER_UPDATED, USER_DISABLED, PASSWORD_RESET,
	PASSWORD_CHANGED, REGION_CREATED, REGION_RENAMED, REGION_DELETED, BRANCH_CREATED, BRANCH_UPDATED, FLOW_CREATED,
	FLOW_DUPLICATED, FLOW_IMPORTED, FLOW_DRAFT_SAVED, FLOW_DRAFT_FROM_VERSION, FLOW_PUBLISHED, FLOW_SCHEDULED,
	FLOW_RETIRED, SNIPPET_SAVED, PACKAGE_CREATED, PACKAGE_CHANGED, ROLLOUT_CREATED, ROLLOUT_CHANGED, ROLLOUT_PAUSED,
	ROLLOUT_RESUMED, PERSONAL_DATA_REVEALED, TILE_ORDER_CHANGED;

	@Override
	public String messageKey() {
		return "base.audit.action." + name();
	}

}
