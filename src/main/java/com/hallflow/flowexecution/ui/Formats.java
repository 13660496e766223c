package com.hallflow.flowexecution.ui;

import java.time.Duration;

/** Durations as the counter reads them. */
final class Formats {

	private Formats() {
	}

	/** mm:ss, or h:mm:ss past an hour. */
	static String duration(long millis) {
		Duration d = Duration.ofMillis(Math.max(0, millis));
		long seconds = d.toSeconds();
		return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds % 3600 / 60, seconds % 60)
				: "%02d:%02d".formatted(seconds / 60, seconds % 60);
	}

}
