package com.hallflow.flowdesign;

import java.time.Instant;

public record VersionSummary(int number, boolean retired, String changeNote, String publishedBy, Instant publishedAt,
		Instant effectiveFrom) {

	/** The most a change note holds: its column. */
	public static final int NOTE_MOST = 1000;

}
