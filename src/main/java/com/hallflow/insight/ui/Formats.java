package com.hallflow.insight.ui;

import java.util.Locale;

/**
 * How the dashboard writes shares and durations, in its tables, cards and downloads
 * alike.
 */
final class Formats {

	private Formats() {
	}

	/** A share of 0–1 as "66.7%"; a dash when there is nothing to divide by. */
	static String percent(Double share) {
		return share == null ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100);
	}

	/** Seconds as "m:ss"; a dash when there is no figure. */
	static String duration(Double seconds) {
		if (seconds == null) {
			return "—";
		}
		long s = Math.round(seconds);
		return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
	}

	static String duration(Integer seconds) {
		return duration(seconds == null ? null : seconds.doubleValue());
	}

}
