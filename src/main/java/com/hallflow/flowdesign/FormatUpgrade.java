package com.hallflow.flowdesign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Brings a document of an older format to {@link FlowDocument#CURRENT_FORMAT} before it
 * is checked and read, so the rest of the application knows one format.
 *
 * <p>
 * Format 1 → 2: a condition's value was text whatever its input's type. It becomes
 * {@code true}/{@code false} for a yes/no input and a number for a number or amount input
 * when the text is exactly that; any other text stays text. The counter compares the
 * typed value in the text form answers are stored in, so a published version takes the
 * same paths after conversion as before it — including a rule that could never hold (a
 * yes/no input compared with {@code 是}), which the validator now names instead.
 */
final class FormatUpgrade {

	private FormatUpgrade() {
	}

	/** The document in the current format; {@code tree} itself if it is already. */
	static JsonNode toCurrent(JsonNode tree) {
		if (!(tree instanceof ObjectNode document) || !tree.path("formatVersion").isIntegralNumber()
				|| tree.get("formatVersion").asInt() != 1) {
			return tree;
		}
		ObjectNode upgraded = document.deepCopy();
		Map<String, String> types = new HashMap<>();
		for (JsonNode step : upgraded.path("steps")) {
			for (JsonNode input : step.path("inputs")) {
				if (input.path("key").isTextual() && input.path("type").isTextual()) {
					types.put(input.get("key").asText(), input.get("type").asText());
				}
			}
		}
		for (JsonNode step : upgraded.path("steps")) {
			for (JsonNode rule : step.path("decision").path("rules")) {
				if (rule.path("when") instanceof ObjectNode when && when.path("value").isTextual()) {
					JsonNode typed = typed(types.get(when.path("input").asText()), when.get("value").asText());
					if (typed != null) {
						when.set("value", typed);
					}
				}
			}
		}
		upgraded.set("formatVersion", IntNode.valueOf(FlowDocument.CURRENT_FORMAT));
		return upgraded;
	}

	private static JsonNode typed(String type, String text) {
		if ("YES_NO".equals(type) && ("true".equals(text) || "false".equals(text))) {
			return BooleanNode.valueOf(Boolean.parseBoolean(text));
		}
		if (("NUMBER".equals(type) || "MONEY".equals(type)) && text.matches("-?\\d{1,18}(\\.\\d{1,10})?")) {
			return DecimalNode.valueOf(new BigDecimal(text));
		}
		return null;
	}

}
