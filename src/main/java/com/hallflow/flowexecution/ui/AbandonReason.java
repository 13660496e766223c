package com.hallflow.flowexecution.ui;

import com.hallflow.base.Translatable;

/**
 * The common reasons the abandon dialog offers; the session keeps the reason's text, not
 * the constant.
 */
enum AbandonReason implements Translatable {

	CUSTOMER_LEFT("customerLeft"), MISSING_DOCUMENTS("missingDocuments"), SYSTEM_DOWN("systemDown"),
	WRONG_BUSINESS("wrongBusiness"), OTHER("other");

	private final String key;

	AbandonReason(String key) {
		this.key = key;
	}

	@Override
	public String messageKey() {
		return "flowexecution.abandon.reason." + key;
	}

}
