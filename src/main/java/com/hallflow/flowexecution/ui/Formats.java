package com.hallflow.flowexecution.ui;

import java.time.Duration;
import java.util.regex.Pattern;

/** Durations as the counter reads them. */
final class Formats {

	/** A unit of money at the end of a label: 应收金额（元）, Amount (CNY). */
	private static final Pattern CURRENCY_UNIT = Pattern.compile("\\s*[（(]\\s*(元|人民币|¥|￥|RMB|CNY|yuan)\\s*[）)]\\s*$",
			Pattern.CASE_INSENSITIVE);

	private Formats() {
	}

	/**
	 * The label of an amount without its unit, for a line that shows the amount with ¥:
	 * the unit once, not twice.
	 */
	static String withoutCurrencyUnit(String label) {
		String bare = CURRENCY_UNIT.matcher(label).replaceFirst("");
		return bare.isEmpty() ? label : bare;
	}

	/** mm:ss, or h:mm:ss past an hour. */
	static String duration(long millis) {
		Duration d = Duration.ofMillis(Math.max(0, millis));
		long seconds = d.toSeconds();
		return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds % 3600 / 60, seconds % 60)
				: "%02d:%02d".formatted(seconds / 60, seconds % 60);
	}

}
