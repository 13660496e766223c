package com.hallflow.insight;

/**
 * Offers of one package, in one place (a province or a branch) or everywhere in the
 * filter: how often it was put to customers, how often accepted, and how often the clerk
 * was shown it but did not offer it. Conversion is accepted ÷ offered.
 */
public record OfferFigures(String placeKey, String placeLabel, long packageId, String packageCode, String packageName,
		long offered, long accepted, long notOffered) {

	public Double conversion() {
		return offered == 0 ? null : (double) accepted / offered;
	}
}
