package com.hallflow.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A person's name as typed at the counter (张伟, 欧阳娜娜, 李女士, Anna Müller). Personal data:
 * stored encrypted, shown masked ({@link #mask}: 张*, 欧阳**, A*** M*****), and said aloud
 * in the salutation form ({@link #addressed}: 张先生, Ms Müller) — docs/architecture.md §9.
 */
public final class PersonName {

	/** Names longer than this are refused where they are typed. */
	public static final int MOST = 50;

	/**
	 * The compound surnames still in use, so 欧阳娜娜 is masked 欧阳** and greeted 欧阳女士.
	 */
	private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
			"长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "南宫", "西门", "独孤", "呼延", "澹台", "轩辕", "申屠", "太史", "钟离", "闻人", "赫连", "百里",
			"东郭", "公羊", "万俟");

	/** What a clerk types after a surname instead of the given name: 张先生, 李女士, 王小姐. */
	private static final List<Suffix> SUFFIXES = List.of(new Suffix("先生", Salutation.MR),
			new Suffix("女士", Salutation.MS), new Suffix("小姐", Salutation.MS));

	private static final List<Suffix> TITLES = List.of(new Suffix("mr", Salutation.MR), new Suffix("ms", Salutation.MS),
			new Suffix("mrs", Salutation.MS), new Suffix("miss", Salutation.MS));

	private PersonName() {
	}

	private record Suffix(String text, Salutation salutation) {
	}

	/**
	 * The name as it is stored: half-width, spaces trimmed and single; null when blank.
	 */
	public static String normalise(String typed) {
		if (typed == null) {
			return null;
		}
		String plain = TypedText.halfWidth(typed).strip().replaceAll("\\s+", " ");
		return plain.isEmpty() ? null : plain;
	}

	/**
	 * The name masked: a Chinese name keeps its surname and shows one * for each other
	 * character (张伟 → 张*, 欧阳娜娜 → 欧阳**, a name of one character → *); a name in other
	 * letters keeps the first letter of each word (Anna Müller → A*** M*****). Spaces,
	 * dots and dashes between the parts stay. Null stays null.
	 */
	public static String mask(String name) {
		String plain = normalise(name);
		if (plain == null) {
			return null;
		}
		if (plain.codePointCount(0, plain.length()) == 1) {
			return "*";
		}
		if (chinese(plain)) {
			String surname = chineseSurname(plain);
			return surname + stars(plain.substring(surname.length()), false);
		}
		return stars(plain, true);
	}

	/**
	 * How the clerk says the name aloud: the surname with the salutation (张先生, Ms
	 * Müller); the salutation given, else the one the typed name carries (李女士, Mr Smith);
	 * without either, the masked name.
	 */
	public static String addressed(String name, Salutation salutation) {
		String plain = normalise(name);
		if (plain == null) {
			return null;
		}
		Salutation said = salutation != null ? salutation : implied(plain).orElse(null);
		String surname = said == null ? "" : surname(plain);
		if (surname.isEmpty()) {
			return mask(plain);
		}
		return chinese(plain) ? surname + said.afterChineseSurname() : said.beforeLatinSurname() + " " + surname;
	}

	/**
	 * The salutation the typed name carries: 张先生 → {@link Salutation#MR}, 李女士 and 王小姐 →
	 * {@link Salutation#MS}, Mr Smith, Ms / Mrs / Miss Jones alike.
	 */
	public static Optional<Salutation> implied(String name) {
		String plain = normalise(name);
		if (plain == null) {
			return Optional.empty();
		}
		if (chinese(plain)) {
			return SUFFIXES.stream().filter(s -> plain.endsWith(s.text())).map(Suffix::salutation).findFirst();
		}
		return title(plain).map(Suffix::salutation);
	}

	/**
	 * The surname: of a Chinese name its first character or its compound surname (after
	 * taking 先生 / 女士 / 小姐 off), else the last word after the title; empty when none is
	 * left.
	 */
	static String surname(String plain) {
		if (chinese(plain)) {
			String bare = SUFFIXES.stream()
				.filter(s -> plain.endsWith(s.text()))
				.findFirst()
				.map(s -> plain.substring(0, plain.length() - s.text().length()).strip())
				.orElse(plain);
			return bare.isEmpty() ? "" : chineseSurname(bare);
		}
		String[] words = plain.split(" ");
		int first = title(plain).isPresent() ? 1 : 0;
		return words.length > first ? words[words.length - 1] : "";
	}

	private static Optional<Suffix> title(String plain) {
		String first = plain.split(" ")[0].replace(".", "").toLowerCase(Locale.ROOT);
		return TITLES.stream().filter(t -> t.text().equals(first)).findFirst();
	}

	private static String chineseSurname(String plain) {
		if (plain.codePointCount(0, plain.length()) > 2 && COMPOUND_SURNAMES.contains(plain.substring(0, 2))) {
			return plain.substring(0, 2);
		}
		return plain.substring(0, plain.offsetByCodePoints(0, 1));
	}

	private static boolean chinese(String plain) {
		return plain.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/**
	 * Each letter as *, separators kept; with {@code keepInitials} the first letter of
	 * each word stays.
	 */
	private static String stars(String text, boolean keepInitials) {
		StringBuilder out = new StringBuilder(text.length());
		boolean wordStart = true;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			boolean separator = c == ' ' || c == '-' || c == '.' || c == '·' || c == '•' || c == '・';
			if (separator) {
				out.appendCodePoint(c);
				wordStart = true;
			}
			else if (keepInitials && wordStart && Character.isLetterOrDigit(c)) {
				out.appendCodePoint(c);
				wordStart = false;
			}
			else {
				if (Character.isLetterOrDigit(c)) {
					out.append('*');
				}
				else {
					out.appendCodePoint(c);
				}
				wordStart = false;
			}
		}
		return out.toString();
	}

}
