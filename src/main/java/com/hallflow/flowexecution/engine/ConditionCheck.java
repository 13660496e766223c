package com.hallflow.flowexecution.engine;

import com.hallflow.flowdesign.Decision.Condition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Whether a decision's condition holds for the answers of a flow frame. Answers are the
 * text the counter stored ({@code true}, {@code 100.5}, {@code 2026-12-01}, an option);
 * the condition's typed value is compared in that form.
 *
 * <p>
 * The four comparisons of format 1 ({@code EQUALS}, {@code NOT_EQUALS},
 * {@code GREATER_THAN}, {@code LESS_THAN}) keep their meaning exactly: numbers when both
 * sides are numbers, text otherwise, and an unanswered input satisfies none of them.
 * Published versions of format 1 therefore take the same paths after conversion.
 */
final class ConditionCheck {

	private ConditionCheck() {
	}

	static boolean holds(Condition when, Map<String, String> values) {
		if (when.isGroup()) {
			return when.all().isEmpty() ? when.any().stream().anyMatch(c -> holds(c, values))
					: when.all().stream().allMatch(c -> holds(c, values));
		}
		String actual = values.get(when.input());
		boolean answered = actual != null && !actual.isBlank();
		switch (when.operator()) {
			case ANSWERED:
				return answered;
			case NOT_ANSWERED:
				return !answered;
			default:
				break;
		}
		String expected = when.valueText();
		if (actual == null || expected == null) {
			return false;
		}
		BigDecimal a = InputRules.number(actual);
		BigDecimal b = InputRules.number(expected);
		boolean numbers = a != null && b != null;
		return switch (when.operator()) {
			case EQUALS -> numbers ? a.compareTo(b) == 0 : actual.equals(expected);
			case NOT_EQUALS -> numbers ? a.compareTo(b) != 0 : !actual.equals(expected);
			case GREATER_THAN -> numbers && a.compareTo(b) > 0;
			case LESS_THAN -> numbers && a.compareTo(b) < 0;
			case AT_LEAST -> numbers && a.compareTo(b) >= 0;
			case AT_MOST -> numbers && a.compareTo(b) <= 0;
			case BEFORE -> compareDates(actual, expected) < 0;
			case AFTER -> {
				int c = compareDates(actual, expected);
				yield c > 0 && c != Integer.MAX_VALUE;
			}
			case CONTAINS -> actual.contains(expected);
			case ANSWERED, NOT_ANSWERED -> throw new IllegalStateException("answered above");
		};
	}

	/**
	 * Negative, zero or positive as dates compare; {@code Integer.MAX_VALUE} if either is
	 * not a date.
	 */
	private static int compareDates(String actual, String expected) {
		try {
			return Integer.signum(LocalDate.parse(actual.trim()).compareTo(LocalDate.parse(expected.trim())));
		}
		catch (DateTimeParseException e) {
			return Integer.MAX_VALUE;
		}
	}

}
