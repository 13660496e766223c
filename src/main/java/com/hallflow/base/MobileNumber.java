package com.hallflow.base;

/**
 * Mainland mobile numbers: 11 digits starting with 1, shown masked as
 * {@code 138****1234}.
 */
public final class MobileNumber {

	private MobileNumber() {
	}

	public static boolean isValid(String number) {
		return number != null && number.matches("1\\d{10}");
	}

	public static String mask(String number) {
		return isValid(number) ? number.substring(0, 3) + "****" + number.substring(7) : "****";
	}

}
