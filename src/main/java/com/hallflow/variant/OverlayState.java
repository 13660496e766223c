package com.hallflow.variant;

import java.util.List;

/**
 * Where a region stands with one of head office's flows.
 *
 * @param hqVersion head office's newest published version
 * @param published the region's newest published overlay version, or null for none
 * @param publishedBase head office's version that overlay is laid on, or null
 * @param conflicts why the region's overlay could not be laid on head office's newest
 * version, when it is behind
 */
public record OverlayState(String flowKey, String flowName, long regionId, String regionName, int hqVersion,
		boolean draft, Integer published, Integer publishedBase, List<OverlayIssue> conflicts) {

	public OverlayState {
		conflicts = List.copyOf(conflicts);
	}

	/**
	 * Whether the region's newest overlay is laid on an older version than head office's
	 * newest.
	 */
	public boolean behind() {
		return published != null && publishedBase < hqVersion;
	}

}
