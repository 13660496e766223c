package com.hallflow.base.ui;

import com.hallflow.base.ClockConfiguration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times as people read them, at head office and at the counter: in Beijing time, in their
 * language.
 */
public final class Dates {

	private Dates() {
	}

	public static String format(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ClockConfiguration.BUSINESS_ZONE)
			.format(instant);
	}

}
