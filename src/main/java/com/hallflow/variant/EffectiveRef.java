package com.hallflow.variant;

import java.util.List;

/**
 * What a branch runs for a flow at an instant: one of head office's published versions
 * and the published overlays laid on it, its province's first, then its city's.
 *
 * @param versionId the {@code flow_version} id of head office's version
 * @param overlayIds the {@code flow_overlay} ids of the overlays laid on it, in order;
 * empty when the branch runs head office's version as it is
 */
public record EffectiveRef(String flowKey, long versionId, int versionNumber, List<Long> overlayIds) {

	public EffectiveRef {
		overlayIds = List.copyOf(overlayIds);
	}

	/** Whether a region's overlay is laid on head office's version. */
	public boolean varied() {
		return !overlayIds.isEmpty();
	}

}
