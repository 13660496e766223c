package com.hallflow.promotion;

import com.hallflow.base.Translatable;

/** Only an active package is offered; a retired one stays for the records. */
public enum PackageStatus implements Translatable {

	DRAFT, ACTIVE, RETIRED;

	@Override
	public String messageKey() {
		return "promotion.status." + name();
	}

}
