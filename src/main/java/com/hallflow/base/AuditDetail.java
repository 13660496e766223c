package com.hallflow.base;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The detail of an audit entry, so the log answers "what was it before, what is it now"
 * in words: a list of items, each a field ({@link AuditField}) with its value, or its
 * value before and after for a change. Stored as a small JSON document,
 * {@code {"audit":1,"items":[{"field":"NAME","before":"天河营业厅","after":"天河旗舰厅"}]}}, which
 * the audit view renders in the reader's language. Values are kept whole: texts, whole
 * numbers, yes/no, moments ({@code {"at":…}}), texts of the bundles
 * ({@code {"key":…,"args":[…]}}, from {@link Translatable} constants and {@link #words})
 * and lists of these. Entries written before this form are plain text and read as such
 * ({@link #items} is empty for them).
 */
public final class AuditDetail {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String FORMAT = "audit";

	private AuditDetail() {
	}

	/** One field of a detail; {@code before} is null unless {@code changed}. */
	public record Item(AuditField field, boolean changed, Object before, Object after) {
	}

	/**
	 * A text of the bundles with its arguments, shown in the reader's language (a
	 * translatable constant is one without arguments); the arguments are values as an
	 * item's are, each shown as such.
	 */
	public record Words(String key, List<Object> args) {

		public Words {
			args = Collections.unmodifiableList(new ArrayList<>(args));
		}

		private JsonNode toNode() {
			ObjectNode node = NODES.objectNode().put("key", key);
			ArrayNode written = node.putArray("args");
			args.forEach(a -> written.add(write(a)));
			return node;
		}

	}

	public static Words words(String key, Object... args) {
		return new Words(key, Arrays.asList(args));
	}

	/** Ordered field → value, for {@link #changes} and {@link #values}. */
	public static Map<AuditField, Object> fields(Object... fieldsAndValues) {
		if (fieldsAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("fields and values come in pairs");
		}
		Map<AuditField, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			fields.put((AuditField) fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		return fields;
	}

	/**
	 * The fields whose value differs, in the order of {@code after}, each before → after;
	 * no items when none does.
	 */
	public static String changes(Map<AuditField, ?> before, Map<AuditField, ?> after) {
		return builder().changes(before, after).json();
	}

	/** Every field of something created. */
	public static String values(Map<AuditField, ?> fields) {
		return builder().values(fields).json();
	}

	/** Values and changes in one detail, in the order added. */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The items of a stored detail; empty for one stored as plain text (older entries, or
	 * none at all).
	 */
	public static Optional<List<Item>> items(String stored) {
		if (stored == null || !stored.startsWith("{\"" + FORMAT + "\"")) {
			return Optional.empty();
		}
		try {
			JsonNode root = JSON.readTree(stored);
			List<Item> items = new ArrayList<>();
			for (JsonNode item : root.path("items")) {
				AuditField field = AuditField.valueOf(item.path("field").asText());
				items.add(item.has("value") ? new Item(field, false, null, read(item.get("value")))
						: new Item(field, true, read(item.get("before")), read(item.get("after"))));
			}
			return Optional.of(List.copyOf(items));
		}
		catch (JsonProcessingException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static JsonNode write(Object value) {
		if (value == null) {
			return NODES.nullNode();
		}
		if (value instanceof Boolean b) {
			return NODES.booleanNode(b);
		}
		if (value instanceof Integer || value instanceof Long) {
			return NODES.numberNode(((Number) value).longValue());
		}
		if (value instanceof Instant instant) {
			return NODES.objectNode().put("at", instant.toString());
		}
		if (value instanceof Translatable constant) {
			return words(constant.messageKey()).toNode();
		}
		if (value instanceof Words words) {
			return words.toNode();
		}
		if (value instanceof Collection<?> list) {
			ArrayNode array = NODES.arrayNode();
			list.forEach(v -> array.add(write(v)));
			return array;
		}
		return NODES.textNode(value.toString());
	}

	private static Object read(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isIntegralNumber()) {
			return node.longValue();
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>();
			node.forEach(v -> list.add(read(v)));
			return list;
		}
		if (node.has("at")) {
			return Instant.parse(node.get("at").asText());
		}
		if (node.has("key")) {
			List<Object> args = new ArrayList<>();
			node.path("args").forEach(a -> args.add(read(a)));
			return new Words(node.get("key").asText(), args);
		}
		return node.asText();
	}

	/** Collects the items of one detail. */
	public static final class Builder {

		private final ArrayNode items = NODES.arrayNode();

		private Builder() {
		}

		public Builder value(AuditField field, Object value) {
			items.addObject().put("field", field.name()).set("value", write(value));
			return this;
		}

		public Builder values(Map<AuditField, ?> fields) {
			fields.forEach(this::value);
			return this;
		}

		/** The field before → after, whether or not it differs. */
		public Builder change(AuditField field, Object before, Object after) {
			ObjectNode item = items.addObject().put("field", field.name());
			item.set("before", write(before));
			item.set("after", write(after));
			return this;
		}

		/** The fields of {@code after} whose value differs from {@code before}. */
		public Builder changes(Map<AuditField, ?> before, Map<AuditField, ?> after) {
			after.forEach((field, now) -> {
				JsonNode was = write(before.get(field));
				JsonNode is = write(now);
				if (!Objects.equals(was, is)) {
					change(field, before.get(field), now);
				}
			});
			return this;
		}

		public String json() {
			ObjectNode root = NODES.objectNode().put(FORMAT, 1);
			root.set("items", items);
			try {
				return JSON.writeValueAsString(root);
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException(e);
			}
		}

	}

}
