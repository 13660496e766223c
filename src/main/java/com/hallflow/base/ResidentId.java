package com.hallflow.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Mainland resident ID numbers (GB 11643-1999): a six-digit administrative division code
 * whose first two digits are a province, the date of birth as yyyyMMdd, three digits, and
 * a check character computed with ISO 7064 MOD 11-2, which may be X. Typed in any width,
 * with spaces or a lower-case x, and stored normalised (ASCII, upper-case X, no spaces),
 * so the same person always has the same number. Shown masked, first 6 and last 4
 * visible.
 */
public final class ResidentId {

	/**
	 * The province-level codes GB/T 2260 gives (71 Taiwan, 81 Hong Kong, 82 Macao, 83,
	 * 91).
	 */
	static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
			"35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
			"65", "71", "81", "82", "83", "91");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private static final int EARLIEST_YEAR = 1900;

	private ResidentId() {
	}

	/** The number as it is stored: ASCII digits, upper-case X, no spaces. */
	public static String normalise(String typed) {
		String plain = TypedText.digitsAndLetters(typed);
		return plain == null ? null : plain.replace('x', 'X');
	}

	/**
	 * What is wrong with the typed number, as a translation key, judged on its normalised
	 * form: its shape, its province, its date of birth (a real date, from 1900, not after
	 * {@code today}) or its check character.
	 */
	public static Optional<String> problem(String typed, LocalDate today) {
		String id = normalise(typed);
		if (id == null || !id.matches("\\d{17}[\\dX]")) {
			return Optional.of("flowdesign.screen.residentId.format");
		}
		if (!PROVINCES.contains(id.substring(0, 2))) {
			return Optional.of("flowdesign.screen.residentId.region");
		}
		LocalDate born = birthDate(id);
		if (born == null || born.getYear() < EARLIEST_YEAR || born.isAfter(today)) {
			return Optional.of("flowdesign.screen.residentId.birthDate");
		}
		if (id.charAt(17) != checkCharacter(id.substring(0, 17))) {
			return Optional.of("flowdesign.screen.residentId.checkCharacter");
		}
		return Optional.empty();
	}

	/** Whether the typed number is a valid ID as of today in the business time zone. */
	public static boolean isValid(String typed) {
		return problem(typed, LocalDate.now(ClockConfiguration.BUSINESS_ZONE)).isEmpty();
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

	private static LocalDate birthDate(String id) {
		try {
			return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
