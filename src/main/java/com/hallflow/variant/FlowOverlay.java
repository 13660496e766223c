package com.hallflow.variant;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A region's changes to one of head office's flows, in the order they are applied
 * (docs/overlay-format.md). Immutable; the list is never null.
 *
 * @param formatVersion version of this document format, {@link #CURRENT_FORMAT}
 * @param flow the key of the flow it is laid on, e.g. {@code SIM_REPLACEMENT}
 * @param region the code of the province or city whose overlay it is
 * @param baseVersion the number of head office's version it was laid on last
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "formatVersion", "flow", "region", "baseVersion", "changes" })
public record FlowOverlay(int formatVersion, String flow, String region, int baseVersion, List<OverlayChange> changes) {

	public static final int CURRENT_FORMAT = 1;

	/** The most changes one overlay holds. */
	public static final int MAX_CHANGES = 200;

	public FlowOverlay {
		changes = changes == null ? List.of() : List.copyOf(changes);
	}

	public FlowOverlay withChanges(List<OverlayChange> newChanges) {
		return new FlowOverlay(formatVersion, flow, region, baseVersion, newChanges);
	}

	/** The same changes laid on another version of head office's flow. */
	public FlowOverlay onBase(int newBaseVersion) {
		return new FlowOverlay(formatVersion, flow, region, newBaseVersion, changes);
	}

}
