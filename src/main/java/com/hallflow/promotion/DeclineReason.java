package com.hallflow.promotion;

import com.hallflow.base.Translatable;

/**
 * Why the customer declined an offer, as the clerk picks it (a closed list, so it can be
 * counted); stored by name.
 */
public enum DeclineReason implements Translatable {

	PRICE, NOT_NEEDED, HAS_SIMILAR, LATER, OTHER;

	@Override
	public String messageKey() {
		return "promotion.decline." + name();
	}

}
