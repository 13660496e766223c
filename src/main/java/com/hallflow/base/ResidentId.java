package com.hallflow.base;

/**
 * Mainland resident ID numbers (GB 11643-1999): 17 digits and a check character computed
 * with ISO 7064 MOD 11-2, which may be X. Shown masked, first 6 and last 4 visible.
 */
public final class ResidentId {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private ResidentId() {
	}

	/** Whether the text is 17 digits followed by the right check character. */
	public static boolean isValid(String id) {
		if (id == null || id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
			return false;
		}
		return Character.toUpperCase(id.charAt(17)) == checkCharacter(id.substring(0, 17));
	}

	/**
	 * Whether the text has the shape of an ID number (so a failure is the check
	 * character's).
	 */
	public static boolean hasShape(String id) {
		return id != null && id.matches("\\d{17}[\\dXx]");
	}

	public static char checkCharacter(String first17Digits) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	public static String mask(String id) {
		if (id == null || id.length() < 10) {
			return "****";
		}
		return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
	}

}
