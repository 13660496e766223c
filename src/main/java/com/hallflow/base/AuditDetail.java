package com.hallflow.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The detail of an audit entry for a configuration change, so the log answers "what was
 * it before, what is it now": {@code name: 天河营业厅 → 天河旗舰厅; open: true → false} for the
 * fields that changed, {@code name=…, open=…} for something new. Values are shown as
 * stored (ids as ids), long texts cut.
 */
public final class AuditDetail {

	/** Longest value shown; a changed script shows its start. */
	static final int VALUE_LIMIT = 120;

	private AuditDetail() {
	}

	/** Ordered field → value, for {@link #changes} and {@link #values}. */
	public static Map<String, Object> fields(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values come in pairs");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	/**
	 * The fields whose value differs, in the order of {@code after}; "no change" when
	 * none does.
	 */
	public static String changes(Map<String, ?> before, Map<String, ?> after) {
		StringJoiner joined = new StringJoiner("; ");
		after.forEach((field, now) -> {
			Object was = before.get(field);
			if (!Objects.equals(shown(was), shown(now))) {
				joined.add(field + ": " + shown(was) + " → " + shown(now));
			}
		});
		return joined.length() == 0 ? "no change" : joined.toString();
	}

	/** Every field of something created. */
	public static String values(Map<String, ?> fields) {
		StringJoiner joined = new StringJoiner(", ");
		fields.forEach((field, value) -> joined.add(field + "=" + shown(value)));
		return joined.toString();
	}

	private static String shown(Object value) {
		if (value == null) {
			return "—";
		}
		String text = value.toString().replace('\n', ' ').replace('\r', ' ');
		return text.length() > VALUE_LIMIT ? text.substring(0, VALUE_LIMIT - 1) + "…" : text;
	}

}
