package com.hallflow.flowdesign;

import java.time.Instant;

/**
 * One template as listed: its newest published number (or null) and whether a draft
 * exists.
 */
public record FlowSummary(String key, String name, String category, boolean retired, Integer latestPublished,
		boolean hasDraft, String updatedBy, Instant updatedAt) {
}
