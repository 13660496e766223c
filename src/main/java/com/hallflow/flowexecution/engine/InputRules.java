package com.hallflow.flowexecution.engine;

import com.hallflow.base.MobileNumber;
import com.hallflow.base.Money;
import com.hallflow.base.ResidentId;
import com.hallflow.flowdesign.InputDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Today's checks of one entered value against its input's type; the message key says what
 * is wrong. Only live submissions are checked: a replay applies what was recorded.
 */
public final class InputRules {

	/**
	 * What a signature value is when the customer signed the paper form instead of the
	 * pad.
	 */
	public static final String SIGNED_ON_PAPER = "PAPER";

	/** What a signature value is when every party signed on the pad. */
	public static final String SIGNED_ON_PAD = "PAD";

	private InputRules() {
	}

	public static Optional<String> problem(InputDefinition input, String raw) {
		String value = raw == null ? "" : raw.trim();
		if (value.isEmpty()) {
			return input.required() ? Optional.of("flowexecution.input.required") : Optional.empty();
		}
		String problem = switch (input.type()) {
			case TEXT -> value.length() > 500 ? "flowexecution.input.tooLong" : null;
			case NUMBER -> number(value) == null ? "flowexecution.input.number" : null;
			case MONEY -> {
				BigDecimal amount = number(value);
				yield amount == null || !Money.isAmount(amount) ? "flowdesign.screen.money.invalid" : null;
			}
			case MOBILE -> MobileNumber.isValid(value) ? null : "flowdesign.screen.mobile.invalid";
			case RESIDENT_ID -> ResidentId.isValid(value) ? null : ResidentId.hasShape(value)
					? "flowdesign.screen.residentId.checkCharacter" : "flowdesign.screen.residentId.format";
			case CHOICE -> input.options().contains(value) ? null : "flowexecution.input.choice";
			case YES_NO -> "true".equals(value) || "false".equals(value) ? null : "flowexecution.input.yesNo";
			case DATE -> date(value) ? null : "flowexecution.input.date";
			case SIGNATURE -> null;
		};
		return Optional.ofNullable(problem);
	}

	static BigDecimal number(String value) {
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static boolean date(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

}
