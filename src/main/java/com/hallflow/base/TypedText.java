package com.hallflow.base;

/**
 * Text as people type it at a Chinese counter, made plain: a keyboard in full-width mode
 * types １２３ and Ｘ, a pasted number carries spaces and dashes.
 */
public final class TypedText {

	private static final char FULL_WIDTH_FIRST = '\uFF01';

	private static final char FULL_WIDTH_LAST = '\uFF5E';

	private static final int FULL_WIDTH_OFFSET = 0xFEE0;

	private TypedText() {
	}

	/**
	 * The text with full-width ASCII forms (U+FF01–U+FF5E) as ASCII and the ideographic
	 * space as a space; null stays null.
	 */
	public static String halfWidth(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
				out.append((char) (c - FULL_WIDTH_OFFSET));
			}
			else if (c == '\u3000') {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The text half-width and without spaces of any kind, dashes or brackets. */
	public static String digitsAndLetters(String text) {
		return text == null ? null : halfWidth(text).replaceAll("[\\s\\u00A0\\-–—()]", "");
	}

}
