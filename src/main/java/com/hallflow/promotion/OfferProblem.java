package com.hallflow.promotion;

/** Why an answer cannot be recorded, for the offer it concerns (a translation key). */
public record OfferProblem(long packageId, String messageKey) {

	/** The field name the counter shows the problem at. */
	public String field() {
		return fieldOf(packageId);
	}

	public static String fieldOf(long packageId) {
		return "offer." + packageId;
	}
}
