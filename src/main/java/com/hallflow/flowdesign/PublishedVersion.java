package com.hallflow.flowdesign;

import java.time.Instant;

/**
 * One published version of a flow without its document: which flow, whether the flow is
 * retired, and from when the version takes effect.
 */
public record PublishedVersion(String flowKey, String flowName, boolean retired, long versionId, int number,
		Instant effectiveFrom) {
}
