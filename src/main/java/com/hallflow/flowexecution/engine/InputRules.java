package com.hallflow.flowexecution.engine;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.MobileNumber;
import com.hallflow.base.Money;
import com.hallflow.base.ResidentId;
import com.hallflow.base.TextHygiene;
import com.hallflow.base.TextHygiene.Kind;
import com.hallflow.base.TypedText;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.StepDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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

	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

	private InputRules() {
	}

	public static Optional<String> problem(InputDefinition input, String raw) {
		String value = raw == null ? "" : raw.trim();
		if (value.isEmpty()) {
			return input.required() ? Optional.of("flowexecution.input.required") : Optional.empty();
		}
		String problem = switch (input.type()) {
			case TEXT -> TextHygiene.problem(value, Kind.LINE, InputDefinition.TEXT_MOST)
				.map(p -> p.tooLong() ? "flowexecution.input.tooLong" : p.messageKey())
				.orElse(null);
			case NUMBER ->
				PLAIN_NUMBER.matcher(TypedText.halfWidth(value)).matches() ? null : "flowexecution.input.number";
			case MONEY -> Money.parse(value, input.mostAmount(), input.refundsAllowed()).problem();
			case MOBILE -> MobileNumber.isValid(value) ? null : "flowdesign.screen.mobile.invalid";
			case RESIDENT_ID -> ResidentId.problem(value, LocalDate.now(ClockConfiguration.BUSINESS_ZONE)).orElse(null);
			case CHOICE -> input.options().contains(value) ? null : "flowexecution.input.choice";
			case YES_NO -> "true".equals(value) || "false".equals(value) ? null : "flowexecution.input.yesNo";
			case DATE -> date(value) ? null : "flowexecution.input.date";
			case SIGNATURE -> null;
		};
		return Optional.ofNullable(problem);
	}

	/**
	 * The step's entered values as they are kept: an ID number, a mobile number and an
	 * amount in their normalised form (ASCII, no spaces, an amount with two decimals), so
	 * the same value typed another way is the same value. A value that cannot be read is
	 * left as typed, for {@link #problem} to refuse.
	 */
	public static Map<String, String> normalised(StepDefinition step, Map<String, String> values) {
		Map<String, String> out = new LinkedHashMap<>(values);
		for (InputDefinition input : step.inputs()) {
			String raw = values.get(input.key());
			if (raw == null || raw.isBlank() || input.type() == null) {
				continue;
			}
			String value = switch (input.type()) {
				case RESIDENT_ID -> ResidentId.normalise(raw);
				case MOBILE -> MobileNumber.normalise(raw);
				case MONEY -> {
					Money.Parsed amount = Money.parse(raw, input.mostAmount(), input.refundsAllowed());
					yield amount.ok() ? amount.amount().toPlainString() : raw;
				}
				case NUMBER -> TypedText.halfWidth(raw).trim();
				default -> raw;
			};
			out.put(input.key(), value);
		}
		return out;
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
