package com.hallflow.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

	@Test
	void moments_read_in_24_hour_beijing_time_in_both_languages() {
		Instant midnight = Instant.parse("2026-12-05T16:00:00Z");
		assertThat(Dates.format(midnight, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026-12-06 00:00");
		assertThat(Dates.format(midnight, Locale.ENGLISH)).isEqualTo("2026-12-06 00:00");
		assertThat(Dates.format(Instant.parse("2026-12-06T13:06:00Z"), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("2026-12-06 21:06");
		assertThat(Dates.format(null, Locale.ENGLISH)).isEmpty();
	}

	@Test
	void days_are_written_out_as_each_language_does() {
		assertThat(Dates.day(LocalDate.of(2027, 1, 1), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2027年1月1日");
		assertThat(Dates.day(LocalDate.of(2027, 1, 1), Locale.ENGLISH)).isEqualTo("January 1, 2027");
	}

}
