package com.hallflow.promotion;

/**
 * A step of a flow where a package may be offered (the step must have the designer's
 * promotion slot).
 */
public record Placement(String flowKey, String stepKey) {

	public String key() {
		return flowKey + "/" + stepKey;
	}
}
