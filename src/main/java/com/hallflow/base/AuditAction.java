package com.hallflow.base;

/**
 * What an audit entry records. Stored by {@link #name()}: the names are those the log has
 * always written, so older entries read as the same constants ({@code ACCOUNT_LOCKED} is
 * only in entries written before sign-in was throttled instead, decision 0023).
 */
public enum AuditAction implements Translatable {

	LOGIN_SUCCEEDED, LOGIN_FAILED, ACCOUNT_LOCKED, ACCOUNT_THROTTLED, ACCOUNT_BLOCKED, ADDRESS_THROTTLED,
	ADDRESS_BLOCKED, USER_CREATED, USER_UPDATED, USER_DISABLED, PASSWORD_RESET, PASSWORD_CHANGED,
	PASSWORD_CHANGE_FAILED, REGION_CREATED, REGION_RENAMED, REGION_DELETED, BRANCH_CREATED, BRANCH_UPDATED,
	FLOW_CREATED, FLOW_DUPLICATED, FLOW_IMPORTED, FLOW_DRAFT_SAVED, FLOW_DRAFT_FROM_VERSION, FLOW_PUBLISHED,
	FLOW_SCHEDULED, FLOW_RETIRED, SNIPPET_SAVED, PACKAGE_CREATED, PACKAGE_CHANGED, ROLLOUT_CREATED, ROLLOUT_CHANGED,
	ROLLOUT_PAUSED, ROLLOUT_RESUMED, PERSONAL_DATA_REVEALED, TILE_ORDER_CHANGED, SESSION_TAKEN_OVER;

	@Override
	public String messageKey() {
		return "base.audit.action." + name();
	}

}
