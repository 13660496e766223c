package com.hallflow.base.ui;

import com.hallflow.base.ClockConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times as people read them, at head office and at the counter: in Beijing time, in their
 * language.
 */
public final class Dates {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ClockConfiguration.BUSINESS_ZONE);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(ClockConfiguration.BUSINESS_ZONE);

	private Dates() {
	}

	/** A day in full: 2027年1月1日, January 1, 2027. */
	public static String day(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

	/**
	 * A moment in 24-hour Beijing time, as Chinese enterprise software writes it in both
	 * languages: 2026-12-06 21:06 (never 上午12:00 for midnight).
	 */
	public static String format(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return MOMENT.format(instant);
	}

	/** The time of day of a moment, 24-hour Beijing time: 09:05, 21:06. */
	public static String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

}
