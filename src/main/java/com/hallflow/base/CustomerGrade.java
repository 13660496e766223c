package com.hallflow.base;

import java.util.Arrays;
import java.util.Optional;

/**
 * The customer grades the operator uses (客户星级), lowest first; promotions may target them.
 * Stored and passed on by {@link #name()}.
 */
public enum CustomerGrade implements Translatable {

	STANDARD, SILVER, GOLD, DIAMOND;

	@Override
	public String messageKey() {
		return "flowexecution.grade." + name();
	}

	/** The grade stored under this name; empty for null or a name that is no grade. */
	public static Optional<CustomerGrade> byName(String name) {
		return Arrays.stream(values()).filter(g -> g.name().equals(name)).findFirst();
	}

}
