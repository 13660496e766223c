package com.hallflow.base;

import java.util.List;
import java.util.Optional;

/**
 * One policy for every text a person types and the application keeps (docs/security.md,
 * "Length limits and text hygiene"). A {@linkplain Kind#LINE line} (a name, a title, a
 * label) holds no control character, not even a line break or a tab; a
 * {@linkplain Kind#TEXT text} (a script, a description, a note) may hold line breaks and
 * tabs and no other control character. Neither may hold the invisible characters that
 * turn the direction of the text around them (U+202A–U+202E, U+2066–U+2069, U+200E,
 * U+200F, U+061C): they make a name read as another. Such text is refused with a message,
 * never silently changed. A length counts UTF-16 code units, as the browser's
 * {@code maxlength} does, so a field and its service agree and no column, counted in
 * characters, overflows.
 */
public final class TextHygiene {

	/** Too long: arguments the most and the length found, as text. */
	public static final String TOO_LONG = "base.text.tooLong";

	/** A line with a line break, a tab or another control character. */
	public static final String LINE_CONTROL = "base.text.lineControl";

	/** A text with a control character other than a line break or a tab. */
	public static final String CONTROL = "base.text.control";

	/** A character that turns the direction of the text. */
	public static final String DIRECTION = "base.text.direction";

	public enum Kind {

		/** One line: a name, a title, a label. */
		LINE,

		/** Lines: a script, a description, a note. */
		TEXT

	}

	/** What is wrong with a text: a translation key and its arguments. */
	public record Problem(String messageKey, List<String> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

		public boolean tooLong() {
			return TOO_LONG.equals(messageKey);
		}

	}

	private TextHygiene() {
	}

	/** What is wrong with the text as a text of this kind of at most {@code most}. */
	public static Optional<Problem> problem(String text, Kind kind, int most) {
		if (text == null) {
			return Optional.empty();
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (turnsDirection(c)) {
				return Optional.of(new Problem(DIRECTION, List.of()));
			}
			if (isControl(c) && (kind == Kind.LINE || c != '\n' && c != '\t')) {
				return Optional.of(new Problem(kind == Kind.LINE ? LINE_CONTROL : CONTROL, List.of()));
			}
		}
		return text.length() > most
				? Optional.of(new Problem(TOO_LONG, List.of(Integer.toString(most), Integer.toString(text.length()))))
				: Optional.empty();
	}

	/**
	 * The line as it is kept: trimmed, null when blank; refused at {@code field} when
	 * longer than {@code most} or not clean.
	 */
	public static String line(String field, String value, int most) {
		return checked(field, value, Kind.LINE, most);
	}

	/**
	 * The text as it is kept: trimmed, null when blank; refused at {@code field} when
	 * longer than {@code most} or not clean.
	 */
	public static String text(String field, String value, int most) {
		return checked(field, value, Kind.TEXT, most);
	}

	private static String checked(String field, String value, Kind kind, int most) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String kept = value.strip();
		problem(kept, kind, most).ifPresent(p -> {
			throw BusinessException.forField(field, p.messageKey(), p.arguments().toArray());
		});
		return kept;
	}

	/**
	 * The start of a text for a message that must point at it: at most {@code chars}
	 * characters, line breaks and tabs as spaces and every other character this policy
	 * refuses written as its code, e.g. {@code [U+202E]}, so the message shows what the
	 * text hides.
	 */
	public static String visible(String text, int chars) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length() && i < chars; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\t') {
				out.append(' ');
			}
			else if (turnsDirection(c) || isControl(c)) {
				out.append(String.format("[U+%04X]", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return text.length() > chars ? out.append('…').toString() : out.toString();
	}

	/** C0 and C1 controls, DEL, and the line and paragraph separators. */
	private static boolean isControl(char c) {
		return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
	}

	private static boolean turnsDirection(char c) {
		return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
				|| c == '\u061C';
	}

}
