package com.hallflow.promotion;

/** A promotion step of a published flow, named for people. */
public record PlacementOption(Placement placement, String flowName, String stepTitle) {

	public String label() {
		return flowName + " · " + stepTitle;
	}
}
