package com.hallflow.flowdesign;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Step keys made from step titles, so a designer never has to invent one: the title in
 * pinyin without tones, words joined by "-" ("核验身份" becomes {@code he-yan-shen-fen},
 * "Check ID" becomes {@code check-id}), always matching
 * {@link StepDefinition#KEY_PATTERN} and made unique with a number.
 */
public final class StepKeys {

	/** Long enough to read, short enough for a log line; the pattern allows 64. */
	static final int MOST = 40;

	private static final String FALLBACK = "step";

	private static final HanyuPinyinOutputFormat PINYIN = new HanyuPinyinOutputFormat();

	/**
	 * Words of the counter whose characters read otherwise alone (pinyin4j knows single
	 * characters, not words): 银行 is yin-hang, not yin-xing.
	 */
	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("银行", "yin-hang"),
			Map.entry("支行", "zhi-hang"), Map.entry("行业", "hang-ye"), Map.entry("重新", "chong-xin"),
			Map.entry("重置", "chong-zhi"), Map.entry("重复", "chong-fu"), Map.entry("重办", "chong-ban"),
			Map.entry("还款", "huan-kuan"), Map.entry("退还", "tui-huan"), Map.entry("归还", "gui-huan"),
			Map.entry("长期", "chang-qi"), Map.entry("调整", "tiao-zheng"), Map.entry("调换", "tiao-huan"),
			Map.entry("单位", "dan-wei"), Map.entry("得到", "de-dao"), Map.entry("了解", "liao-jie"),
			Map.entry("处理", "chu-li"), Map.entry("号码", "hao-ma"), Map.entry("解除", "jie-chu"));

	static {
		PINYIN.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		PINYIN.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		PINYIN.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	private StepKeys() {
	}

	/** The key for a step with this title, unused by {@code taken}. */
	public static String fromTitle(String title, Collection<String> taken) {
		String base = slug(title);
		if (!taken.contains(base)) {
			return base;
		}
		for (int i = 2;; i++) {
			String suffix = "-" + i;
			String candidate = cut(base, MOST - suffix.length()) + suffix;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}

	/**
	 * Whether {@code key} is what {@link #fromTitle} made of {@code title} (with or
	 * without a number), so a new title may bring a new key; a key the designer chose
	 * stays.
	 */
	public static boolean madeFrom(String key, String title) {
		if (key == null) {
			return false;
		}
		String base = slug(title);
		if (key.equals(base)) {
			return true;
		}
		int dash = key.lastIndexOf('-');
		if (dash <= 0 || !key.substring(dash + 1).matches("[0-9]+")) {
			return false;
		}
		String head = key.substring(0, dash);
		return head.equals(base) || head.equals(cut(base, MOST - (key.length() - dash)));
	}

	/** The title as a key, without regard to other steps. */
	static String slug(String title) {
		StringBuilder out = new StringBuilder();
		boolean gap = false;
		String text = title == null ? "" : title.strip();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String word = i + 1 < text.length() ? WORDS.get(text.substring(i, i + 2)) : null;
			if (word != null) {
				append(out, word, true);
				gap = true;
				i++;
				continue;
			}
			String syllable = syllable(c);
			if (syllable != null) {
				append(out, syllable, true);
				gap = true;
			}
			else if (isAsciiLetterOrDigit(c)) {
				if (gap) {
					out.append('-');
					gap = false;
				}
				out.append(Character.toLowerCase(c));
			}
			else {
				gap = out.length() > 0;
			}
		}
		String key = cut(out.toString(), MOST);
		if (key.isEmpty()) {
			return FALLBACK;
		}
		return Character.isLetter(key.charAt(0)) ? key : cut(FALLBACK + "-" + key, MOST);
	}

	private static void append(StringBuilder out, String syllable, boolean separate) {
		if (separate && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
			out.append('-');
		}
		out.append(syllable);
	}

	/** The pinyin of a Chinese character, or null for any other character. */
	private static String syllable(char c) {
		if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
			return null;
		}
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, PINYIN);
			if (readings == null || readings.length == 0) {
				return null;
			}
			// "ü" is written "v", as on a Chinese keyboard; keep only what the pattern
			// takes
			return readings[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	/** At most {@code most} characters, cut at a word's end where there is one. */
	private static String cut(String key, int most) {
		if (key.length() <= most) {
			return trimDashes(key);
		}
		String head = key.substring(0, most);
		int dash = head.lastIndexOf('-');
		return trimDashes(dash > most / 2 ? head.substring(0, dash) : head);
	}

	private static String trimDashes(String key) {
		int start = 0;
		int end = key.length();
		while (start < end && key.charAt(start) == '-') {
			start++;
		}
		while (end > start && key.charAt(end - 1) == '-') {
			end--;
		}
		return key.substring(start, end);
	}

}
