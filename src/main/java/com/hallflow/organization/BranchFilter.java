package com.hallflow.organization;

/**
 * Grid filter; {@code regionId} includes the region's cities. Null members mean "any".
 */
public record BranchFilter(String text, Long regionId, Boolean open) {

	public static BranchFilter any() {
		return new BranchFilter(null, null, null);
	}
}
