package com.hallflow.base;

import java.math.BigDecimal;

/**
 * Amounts of money in yuan, as the counter takes them and the server checks them: one
 * rule for both.
 */
public final class Money {

	/** Fen: an amount has at most two decimal places. */
	public static final int DECIMALS = 2;

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

}
