package com.hallflow.variant;

import java.time.Instant;

/**
 * One published overlay version.
 *
 * @param baseVersion head office's version it is laid on
 * @param rebasedFrom the number of the version it was laid again from, automatically,
 * when head office published; null for one a region admin published
 * @param changeNote the region admin's note; null for a rebased version
 */
public record OverlayVersionSummary(int number, int baseVersion, Integer rebasedFrom, String changeNote,
		String publishedBy, Instant publishedAt, int changes) {
}
