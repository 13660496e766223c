package com.hallflow.flowdesign;

import java.time.Instant;

/**
 * Head office published a version of a flow; published within the publishing transaction,
 * so a listener that writes does so in it (regions' overlays are rebased onto it, the
 * effective-flow index learns of it).
 *
 * @param effectiveFrom when the version takes effect (now, or later when scheduled)
 */
public record FlowVersionPublished(String key, long versionId, int number, Instant effectiveFrom) {
}
