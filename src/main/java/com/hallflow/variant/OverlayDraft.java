package com.hallflow.variant;

import java.time.Instant;

/**
 * A region's draft overlay of a flow. Before the first save it is the region's newest
 * published overlay laid on head office's newest version, or an empty one ({@code saved}
 * false, {@code lockVersion} -1).
 */
public record OverlayDraft(String flowKey, long regionId, String regionName, long lockVersion, FlowOverlay overlay,
		boolean saved, String updatedBy, Instant updatedAt) {
}
