package com.hallflow.flowdesign;

import java.time.Instant;

/**
 * A version published to take effect later ({@link PublishedFlowService#scheduled}):
 * until {@code effectiveFrom} the flow's previous version stays current.
 */
public record ScheduledVersion(String key, String name, int number, Instant effectiveFrom, String publishedBy,
		String changeNote) {
}
