package com.hallflow.base;

import java.util.regex.Pattern;

/**
 * Mainland mobile numbers: 11 digits in the segments the operators issue (13x, 145–149,
 * 15x but 154, 162 and 165–167, 170–178, 18x, 19x but 194). Typed in any width, with
 * spaces, dashes or a leading +86 / 0086, and stored as the 11 digits; shown masked as
 * {@code 138****1234}.
 */
public final class MobileNumber {

	private static final Pattern ISSUED = Pattern
		.compile("1(3\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])\\d{8}");

	private MobileNumber() {
	}

	/** The number as it is stored: its 11 digits. */
	public static String normalise(String typed) {
		String plain = TypedText.digitsAndLetters(typed);
		if (plain == null) {
			return null;
		}
		if (plain.startsWith("+86")) {
			return plain.substring(3);
		}
		if (plain.startsWith("0086")) {
			return plain.substring(4);
		}
		return plain.length() == 13 && plain.startsWith("86") ? plain.substring(2) : plain;
	}

	public static boolean isValid(String typed) {
		String number = normalise(typed);
		return number != null && ISSUED.matcher(number).matches();
	}

	public static String mask(String number) {
		String plain = normalise(number);
		return isValid(plain) ? plain.substring(0, 3) + "****" + plain.substring(7) : "****";
	}

}
