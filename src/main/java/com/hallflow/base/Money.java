package com.hallflow.base;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts of money in yuan, as the counter takes them and the server checks them: one
 * rule for both.
 */
public final class Money {

	/** Fen: an amount has at most two decimal places. */
	public static final int DECIMALS = 2;

	/** The most an input takes unless its flow says otherwise: ¥100,000.00. */
	public static final BigDecimal DEFAULT_MOST = new BigDecimal("100000.00");

	/** The most any input may be set to take: ¥10,000,000,000.00. */
	public static final BigDecimal LIMIT = new BigDecimal("10000000000.00");

	private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

	private static final Pattern FRACTION_OF_A_FEN = Pattern.compile("-?\\d+\\.\\d{3,}");

	/**
	 * A typed amount read strictly: the amount, or the translation key of what is wrong.
	 */
	public record Parsed(BigDecimal amount, String problem) {

		public boolean ok() {
			return problem == null;
		}

	}

	private Money() {
	}

	/**
	 * Whether this is an amount the counter may take: not negative, and at most two
	 * decimal places once trailing zeros are dropped, so 100.50 and 100.500 are 100.5
	 * yuan and fine while 100.505 is not. Null is not an amount.
	 */
	public static boolean isAmount(BigDecimal amount) {
		return amount != null && amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= DECIMALS;
	}

	/**
	 * The typed text as an amount, read strictly so nothing is silently changed: after
	 * full-width digits and point become ASCII and spaces and a leading ¥ go, it must be
	 * a plain number with at most two decimals ({@code 1e9}, {@code 1,000} and
	 * {@code 100.505} are refused, not read as something else), not negative unless
	 * {@code negativeAllowed} (refunds), and not more than {@code most}.
	 */
	public static Parsed parse(String typed, BigDecimal most, boolean negativeAllowed) {
		String plain = normalise(typed);
		if (plain == null || plain.isEmpty()) {
			return new Parsed(null, "flowdesign.screen.money.invalid");
		}
		if (FRACTION_OF_A_FEN.matcher(plain).matches()) {
			return new Parsed(null, "flowdesign.screen.money.fen");
		}
		if (!PLAIN.matcher(plain).matches()) {
			return new Parsed(null, "flowdesign.screen.money.invalid");
		}
		BigDecimal amount = new BigDecimal(plain).setScale(DECIMALS);
		if (amount.signum() < 0 && !negativeAllowed) {
			return new Parsed(null, "flowdesign.screen.money.negative");
		}
		if (amount.abs().compareTo(most == null ? DEFAULT_MOST : most) > 0) {
			return new Parsed(null, "flowdesign.screen.money.tooLarge");
		}
		return new Parsed(amount, null);
	}

	/** The typed text half-width, without spaces and without a leading ¥. */
	public static String normalise(String typed) {
		if (typed == null) {
			return null;
		}
		String plain = TypedText.halfWidth(typed).replaceAll("\\s", "");
		if (plain.startsWith("¥") || plain.startsWith("\uFFE5")) {
			plain = plain.substring(1);
		}
		return plain;
	}

	/** An amount as the counter shows it: ¥1,234.50. */
	public static String format(BigDecimal amount) {
		return "¥" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
	}

}
