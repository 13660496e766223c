package com.hallflow.flowexecution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowJson;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowdesign.StepDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Documents of format 1 keep their meaning when read as format 2: every condition of the
 * seven standard flows as they were written in format 1, and of a document with every
 * awkward value format 1 allowed, holds for exactly the same answers as format 1's
 * comparison said (written out below as the specification it was).
 */
class FormatOneConversionTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Answers the counter can store, and some it cannot, for every input type. */
	private static final List<String> ANSWERS = List.of("true", "false", "", "是", "0", "100", "100.5", "100.50", "-3",
			"abc", "A 套餐", "B 套餐", "2026-12-01", "2026-11-30", "13800138000", "PAD", "PAPER");

	@Test
	void the_seven_standard_flows_of_format_1_read_as_the_format_2_files_and_decide_alike() throws IOException {
		int compared = 0;
		for (String key : StandardFlows.keys()) {
			String formatOne = resource("/format-1/" + key + ".json");
			assertThat(JSON.readTree(formatOne).get("formatVersion").asInt()).isEqualTo(1);
			FlowDocument converted = FlowJson.read(formatOne);
			assertThat(converted).as(key).isEqualTo(FlowJson.read(withoutLaterFields(StandardFlows.document(key))));
			assertThat(converted.formatVersion()).isEqualTo(FlowDocument.CURRENT_FORMAT);
			compared += assertDecidesAlike(formatOne, converted);
		}
		assertThat(compared).isGreaterThan(100);
	}

	/**
	 * The document without what format 2 gained later (bound inputs, steps only for a
	 * flow started on its own, the day it takes effect, head office's marks for the
	 * regions), which format 1 cannot say.
	 */
	private static String withoutLaterFields(String document) throws IOException {
		ObjectNode flow = (ObjectNode) JSON.readTree(document);
		flow.remove("takesEffect");
		for (JsonNode step : flow.get("steps")) {
			((ObjectNode) step).remove(List.of("standaloneOnly", "locked", "optional", "openBefore"));
			for (JsonNode input : step.path("inputs")) {
				((ObjectNode) input).remove("context");
			}
			for (JsonNode item : step.path("checklist")) {
				((ObjectNode) item).remove("locked");
			}
		}
		return JSON.writeValueAsString(flow);
	}

	@Test
	void awkward_values_of_format_1_keep_their_meaning_and_stored_drafts_convert_too() throws IOException {
		String formatOne = resource("/format-1/awkward-values.json");
		FlowDocument converted = FlowJson.read(formatOne);
		assertThat(assertDecidesAlike(formatOne, converted)).isEqualTo(11 * ANSWERS.size());
		assertThat(FlowJson.readStored(formatOne)).isEqualTo(converted);
		List<Object> values = converted.steps()
			.stream()
			.flatMap(s -> s.decision() == null ? Stream.empty() : s.decision().rules().stream())
			.map(r -> r.when().value())
			.toList();
		// typed where the text was exactly a yes/no or a number; text everywhere else
		assertThat(values).contains(Boolean.TRUE, new BigDecimal("100.50"), "是", "abc", "1e2", "100");
		// and the converted document is canonical: written and read again, it stays the
		// same
		assertThat(FlowJson.write(FlowJson.read(FlowJson.write(converted)))).isEqualTo(FlowJson.write(converted));
	}

	private static int assertDecidesAlike(String formatOne, FlowDocument converted) throws IOException {
		JsonNode steps = JSON.readTree(formatOne).get("steps");
		int compared = 0;
		for (int s = 0; s < steps.size(); s++) {
			JsonNode rules = steps.get(s).path("decision").path("rules");
			StepDefinition step = converted.steps().get(s);
			for (int r = 0; r < rules.size(); r++) {
				JsonNode when = rules.get(r).get("when");
				Decision.Condition typed = step.decision().rules().get(r).when();
				for (String answer : ANSWERS) {
					Map<String, String> values = new HashMap<>();
					values.put(when.get("input").asText(), answer);
					assertThat(RunEngine.holds(typed, values)).as("%s rule %d with %s", step.key(), r + 1, answer)
						.isEqualTo(formatOneHolds(when.get("operator").asText(), when.get("value").asText(), answer));
					compared++;
				}
				assertThat(RunEngine.holds(typed, Map.of())).isFalse();
			}
		}
		return compared;
	}

	/** Format 1's comparison: numbers when both sides are numbers, else text. */
	private static boolean formatOneHolds(String operator, String expected, String actual) {
		BigDecimal a = number(actual);
		BigDecimal b = number(expected);
		boolean numbers = a != null && b != null;
		return switch (operator) {
			case "EQUALS" -> numbers ? a.compareTo(b) == 0 : actual.equals(expected);
			case "NOT_EQUALS" -> numbers ? a.compareTo(b) != 0 : !actual.equals(expected);
			case "GREATER_THAN" -> numbers && a.compareTo(b) > 0;
			case "LESS_THAN" -> numbers && a.compareTo(b) < 0;
			default -> throw new AssertionError(operator);
		};
	}

	private static BigDecimal number(String text) {
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = FormatOneConversionTest.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
