package com.hallflow.base.ui;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.TranslationProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times as people read them, at head office and at the counter: in Beijing time, in their
 * language.
 */
public final class Dates {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ClockConfiguration.BUSINESS_ZONE);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(ClockConfiguration.BUSINESS_ZONE);

	/** The day as the pickers show it in every language: 2026-11-08. */
	public static final String ISO_DAY = "yyyy-MM-dd";

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

	/**
	 * A date picker that shows its day as 2026-11-08 in every language, as
	 * {@link #format} writes moments, with the month and weekday names of the language
	 * and weeks from Monday.
	 */
	public static DatePicker picker(DatePicker picker, Locale locale) {
		picker.setI18n(calendar(picker, locale));
		return picker;
	}

	/**
	 * A date-and-time picker with the day as {@link #picker(DatePicker, Locale)} shows it
	 * and the time in 24 hours, in English too.
	 */
	public static DateTimePicker picker(DateTimePicker picker, Locale locale) {
		picker.setDatePickerI18n(calendar(picker, locale));
		picker.setLocale(TranslationProvider.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.UK : locale);
		return picker;
	}

	private static DatePickerI18n calendar(Component picker, Locale locale) {
		List<DayOfWeek> sundayFirst = Stream
			.concat(Stream.of(DayOfWeek.SUNDAY), Stream.of(DayOfWeek.values()).limit(DayOfWeek.values().length - 1))
			.toList();
		// typed as 2026/11/8 it is read too, and shown as 2026-11-08
		return new DatePickerI18n().setDateFormats(ISO_DAY, "yyyy/M/d")
			.setMonthNames(Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList())
			.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
			.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
			.setFirstDayOfWeek(1)
			.setToday(picker.getTranslation(locale, "base.date.today"))
			.setCancel(picker.getTranslation(locale, "base.date.cancel"));
	}

}
