package com.hallflow.flowdesign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {name}} placeholders of a script, which names the counter can fill, and the
 * one builder of the values they are filled with (the counter, the session service, the
 * planner's preview and the designer's sample all use it, so a name means the same
 * everywhere).
 */
public final class Placeholders {

	public static final String CUSTOMER_NAME = "customer.name";

	public static final String CUSTOMER_MOBILE = "customer.mobile";

	public static final String CUSTOMER_GRADE = "customer.grade";

	public static final String BRANCH_NAME = "branch.name";

	public static final String BRANCH_ADDRESS = "branch.address";

	public static final String STAFF_NAME = "staff.name";

	public static final String TODAY = "today";

	/** Names filled from the session: the customer, the branch, the clerk and the day. */
	public static final Set<String> KNOWN = Set.of(CUSTOMER_NAME, CUSTOMER_MOBILE, CUSTOMER_GRADE, BRANCH_NAME,
			BRANCH_ADDRESS, STAFF_NAME, TODAY);

	public static final String INPUT_PREFIX = "input.";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_.]*)}");

	private Placeholders() {
	}

	public static List<String> in(String script) {
		List<String> names = new ArrayList<>();
		if (script != null) {
			Matcher m = PLACEHOLDER.matcher(script);
			while (m.find()) {
				names.add(m.group(1));
			}
		}
		return names;
	}

	/**
	 * The script as text, each placeholder replaced by its value, or by {@code missing}
	 * when there is none (a receipt has no blank to fill in).
	 */
	public static String fill(String script, Map<String, String> values, String missing) {
		if (script == null) {
			return "";
		}
		Matcher m = PLACEHOLDER.matcher(script);
		StringBuilder text = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			m.appendReplacement(text, Matcher.quoteReplacement(value == null || value.isBlank() ? missing : value));
		}
		m.appendTail(text);
		return text.toString();
	}

	/**
	 * The pieces of a script that look like a placeholder but are not one — an unclosed
	 * {@code {customer.name}, spaces inside the braces, a lone closing brace — as the
	 * designer wrote them, so the counter never shows raw braces.
	 */
	public static List<String> malformed(String script) {
		List<String> found = new ArrayList<>();
		if (script == null) {
			return found;
		}
		Matcher m = PLACEHOLDER.matcher(script);
		int at = 0;
		while (at < script.length()) {
			char c = script.charAt(at);
			if (c == '{' && m.find(at) && m.start() == at) {
				at = m.end();
				continue;
			}
			if (c == '{' || c == '}') {
				int close = c == '{' ? script.indexOf('}', at) : at;
				int newline = script.indexOf('\n', at);
				int stop = close < 0 ? Math.min(script.length(), at + 20) : close + 1;
				if (newline >= 0 && newline < stop) {
					stop = newline;
				}
				found.add(script.substring(Math.max(0, c == '}' ? at - 1 : at), stop).strip());
				at = Math.max(stop, at + 1);
				continue;
			}
			at++;
		}
		return found;
	}

	public static boolean isKnown(String name, Set<String> inputKeys) {
		return KNOWN.contains(name)
				|| name.startsWith(INPUT_PREFIX) && inputKeys.contains(name.substring(INPUT_PREFIX.length()));
	}

	/**
	 * Made-up customer, branch and clerk for head office's previews and test-runs, in the
	 * user's language ({@code translate} turns a message key into text).
	 */
	public static Values sample(UnaryOperator<String> translate, LocalDate today) {
		return values()
			.customer(translate.apply("flowdesign.sample.customerName"), "138****1234",
					translate.apply("flowdesign.sample.grade"))
			.branch(translate.apply("flowdesign.sample.branchName"), translate.apply("flowdesign.sample.branchAddress"))
			.staff(translate.apply("flowdesign.sample.staffName"))
			.today(today);
	}

	/**
	 * The made-up values for this script: the Chinese ones when the script is written in
	 * Chinese, whoever reads it (an English name inside a Chinese sentence reads wrong),
	 * else the reader's.
	 */
	public static Values sample(String script, UnaryOperator<String> reader, UnaryOperator<String> chinese,
			LocalDate today) {
		return sample(writtenInChinese(script) ? chinese : reader, today);
	}

	/** Whether the text holds a Chinese character (a CJK ideograph). */
	public static boolean writtenInChinese(String text) {
		return text != null
				&& text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** An empty set of values to fill. */
	public static Values values() {
		return new Values();
	}

	/**
	 * Placeholder values under construction. A null value is left out (its placeholder
	 * then shows as unresolved); a value given again replaces the earlier one. Personal
	 * numbers must be given masked: the values end up on screen.
	 */
	public static final class Values {

		private final Map<String, String> values = new LinkedHashMap<>();

		private Values() {
		}

		/** Values assembled elsewhere (e.g. by the session service), to add to. */
		public Values all(Map<String, String> filled) {
			filled.forEach(this::put);
			return this;
		}

		/**
		 * The customer: name, masked mobile number and grade (its code, or its name for
		 * display).
		 */
		public Values customer(String name, String maskedMobile, String grade) {
			put(CUSTOMER_NAME, name);
			put(CUSTOMER_MOBILE, maskedMobile);
			return customerGrade(grade);
		}

		public Values customerGrade(String grade) {
			return put(CUSTOMER_GRADE, grade);
		}

		public Values branch(String name, String address) {
			put(BRANCH_NAME, name);
			return put(BRANCH_ADDRESS, address);
		}

		public Values staff(String name) {
			return put(STAFF_NAME, name);
		}

		public Values today(LocalDate day) {
			return put(TODAY, day == null ? null : day.toString());
		}

		/**
		 * A value entered at a step, shown as {@code {input.<key>}}; mask personal
		 * numbers first.
		 */
		public Values input(String key, String value) {
			return put(INPUT_PREFIX + key, value);
		}

		public Map<String, String> build() {
			return Collections.unmodifiableMap(new LinkedHashMap<>(values));
		}

		private Values put(String name, String value) {
			if (value != null) {
				values.put(name, value);
			}
			return this;
		}

	}

}
