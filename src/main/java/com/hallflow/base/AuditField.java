package com.hallflow.base;

/**
 * A field an audit entry's detail names, so the log shows 名称 / Name rather than a code.
 * Stored by {@link #name()}; a detail read back names its fields by these constants.
 */
public enum AuditField implements Translatable {

	NAME, PARENT, REGION, ADDRESS, OPEN, ROLE, BRANCH, ENABLED, TITLE, TEXT, TAGS, SOURCE, FROM_VERSION, VERSION,
	EFFECTIVE_FROM, CHANGE_NOTE, STEPS, CHANGES, TILE_ORDER, PACKAGE, STATUS, CATEGORY, PRICE, GRADES, VALID_FROM,
	VALID_UNTIL, PLACEMENTS, DESCRIPTION, PITCH_SCRIPT, PRIORITY, QUOTA, ENDS_AT, STAGES, EXCLUSIONS, FAILED_SIGN_INS,
	LOCKED_UNTIL, WAIT_SECONDS, SOURCE_ADDRESS, NOTE, RECEIPT, CUSTOMER, STEP, INPUT, VALUE, REASON, CLERK,
	BASE_VERSION;

	@Override
	public String messageKey() {
		return "base.audit.field." + name();
	}

}
