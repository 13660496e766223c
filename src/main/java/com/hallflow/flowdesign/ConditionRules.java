package com.hallflow.flowdesign;

import com.hallflow.flowdesign.Decision.Condition;
import com.hallflow.flowdesign.Decision.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Whether a test of one input can ever hold: its operator suits the input's type and its
 * value is one the counter can store for that input — {@code true}/{@code false} for a
 * yes/no question, one of a choice's options, a number for a number or an amount, a date
 * written {@code 2026-12-01}, text for text. The validator, the JSON import and the rule
 * editor ask this one place, so they never disagree.
 */
public final class ConditionRules {

	private ConditionRules() {
	}

	/** What is wrong with the test, or empty when it can hold. */
	public static Optional<ValidationCode> problem(InputDefinition input, Condition test) {
		Operator operator = test.operator();
		if (operator == null) {
			return Optional.of(ValidationCode.INCOMPLETE_CONDITION);
		}
		if (!Operator.suitedTo(input.type()).contains(operator)) {
			return Optional.of(ValidationCode.OPERATOR_NOT_FOR_TYPE);
		}
		if (!operator.needsValue()) {
			return Optional.empty();
		}
		Object value = test.value();
		if (value == null || value instanceof String text && text.isBlank()) {
			return Optional.of(ValidationCode.VALUE_MISSING);
		}
		boolean fits = switch (input.type()) {
			case YES_NO -> value instanceof Boolean;
			case CHOICE -> value instanceof String option && input.options().contains(option);
			case NUMBER -> value instanceof BigDecimal;
			case MONEY -> value instanceof BigDecimal amount && amount.stripTrailingZeros().scale() <= 2;
			case DATE -> value instanceof String date && isDate(date);
			case TEXT, MOBILE, RESIDENT_ID -> value instanceof String;
			case SIGNATURE -> false;
		};
		if (fits) {
			return Optional.empty();
		}
		return Optional.of(switch (input.type()) {
			case YES_NO -> ValidationCode.VALUE_NOT_YES_NO;
			case CHOICE -> ValidationCode.VALUE_NOT_AN_OPTION;
			case NUMBER, MONEY -> ValidationCode.VALUE_NOT_A_NUMBER;
			case DATE -> ValidationCode.VALUE_NOT_A_DATE;
			default -> ValidationCode.VALUE_NOT_TEXT;
		});
	}

	private static boolean isDate(String text) {
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

}
