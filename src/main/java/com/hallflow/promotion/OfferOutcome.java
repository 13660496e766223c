package com.hallflow.promotion;

import com.hallflow.base.Translatable;

/** What happened to one offer at the counter. */
public enum OfferOutcome implements Translatable {

	ACCEPTED, DECLINED, NOT_OFFERED;

	@Override
	public String messageKey() {
		return "promotion.outcome." + name();
	}

}
