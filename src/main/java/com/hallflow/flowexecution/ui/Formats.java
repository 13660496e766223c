package com.hallflow.flowexecution.ui;

import com.hallflow.base.ClockConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times and durations as the counter reads them: Beijing time, the user's language. */
final class Formats {

    private Formats() {
    }

    static String time(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ClockConfiguration.BUSINESS_ZONE).format(instant);
    }

    /** mm:ss, or h:mm:ss past an hour. */
    static String duration(long millis) {
        Duration d = Duration.ofMillis(Math.max(0, millis));
        long seconds = d.toSeconds();
        return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds % 3600 / 60, seconds % 60)
                : "%02d:%02d".formatted(seconds / 60, seconds % 60);
    }
}
