package com.hallflow.flowexecution;

import com.hallflow.base.Translatable;

/**
 * Why a supervisor looks at a full personal number; the reveal is audited with it.
 */
public enum RevealReason implements Translatable {

	CUSTOMER_REQUEST, COMPLAINT, AUDIT, LEGAL_REQUEST;

	@Override
	public String messageKey() {
		return "flowexecution.reveal.reason." + name();
	}

}
