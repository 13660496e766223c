package com.hallflow.flowdesign;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallflow.base.TextHygiene.Kind;
import com.hallflow.flowdesign.Decision.Condition;
import com.hallflow.flowdesign.Decision.Operator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The flow document's texts, walked as {@code ColumnLimitsTest} walks the columns: every
 * text of the document's records is either a free text with a limit in {@link FlowTexts}
 * (and the same one in the JSON Schema) or a key that its pattern limits. A new text in
 * the document fails the first test until it is added here.
 */
class FlowTextsTest {

	/** Texts of the document that are keys, not free text, and what limits them. */
	private static final Map<String, String> KEYS = Map.ofEntries(entry("FlowDocument.key", "the flow key pattern"),
			entry("FlowDocument.icon", "an icon name: the schema's pattern, a list in the editor"),
			entry("StepDefinition.key", "the step key pattern (validator)"),
			entry("StepDefinition.scriptRef", "a library key; its text has the script's limit"),
			entry("InputDefinition.key", "the input key pattern (validator)"),
			entry("Condition.input", "an input key of the flow (validator)"),
			entry("Target.step", "a step key of the flow (validator)"),
			entry("Target.flow", "a published flow's key (validator)"),
			entry("Target.returnTo", "a step key of the flow (validator)"));

	private static final Map<String, Part> FREE = Map
		.ofEntries(
				entry("FlowDocument.name",
						new Part("$.name", FlowTexts.NAME_MOST, Kind.LINE, "/properties/name",
								t -> flow(t, null, null))),
				entry("FlowDocument.category",
						new Part("$.category", FlowTexts.CATEGORY_MOST, Kind.LINE, "/properties/category",
								t -> flow("限长", t, null))),
				entry("FlowDocument.description",
						new Part("$.description", FlowTexts.DESCRIPTION_MOST, Kind.TEXT, "/properties/description",
								t -> flow("限长", null, t))),
				entry("StepDefinition.title",
						new Part("$.steps[0].title", FlowTexts.TITLE_MOST, Kind.LINE, "/$defs/step/properties/title",
								t -> step(s -> s.withIdentity("ask", t)))),
				entry("StepDefinition.script",
						new Part("$.steps[0].script", FlowTexts.SCRIPT_MOST, Kind.TEXT, "/$defs/step/properties/script",
								t -> step(s -> s.withScript(null, t)))),
				entry("ChecklistItem.text",
						new Part("$.steps[0].checklist[0].text", FlowTexts.CHECKLIST_ITEM_MOST, Kind.LINE,
								"/$defs/checklistItem/properties/text",
								t -> step(s -> s.withChecklist(List.of(new ChecklistItem(t, true)))))),
				entry("InputDefinition.label",
						new Part("$.steps[0].inputs[0].label", FlowTexts.LABEL_MOST, Kind.LINE,
								"/$defs/input/properties/label", t -> inputs(t, "是", "签字人", "是"))),
				entry("InputDefinition.options",
						new Part("$.steps[0].inputs[1].options[0]", FlowTexts.OPTION_MOST, Kind.LINE,
								"/$defs/input/properties/options/items", t -> inputs("备注", t, "签字人", "是"))),
				entry("InputDefinition.parties",
						new Part("$.steps[0].inputs[2].parties[0]", FlowTexts.PARTY_MOST, Kind.LINE,
								"/$defs/input/properties/parties/items", t -> inputs("备注", "是", t, "是"))),
				entry("Condition.value", new Part("$.steps[0].decision.rules[0].when.value", FlowTexts.VALUE_MOST,
						Kind.LINE, "/$defs/condition/properties/value", t -> inputs("备注", "是", "签字人", t))));

	private final FlowValidator validator = new FlowValidator(Map.of());

	@Test
	void every_text_of_the_document_has_a_limit_or_is_a_key() {
		Set<String> listed = new TreeSet<>(KEYS.keySet());
		listed.addAll(FREE.keySet());

		assertThat(texts(FlowDocument.class)).isEqualTo(listed);
	}

	@Test
	void the_json_schema_states_the_limits_the_editor_and_the_validator_keep() throws IOException {
		JsonNode schema;
		try (InputStream in = FlowJson.class.getResourceAsStream("/flowdesign/flow-format.schema.json")) {
			schema = new ObjectMapper().readTree(in);
		}
		SoftAssertions softly = new SoftAssertions();
		FREE.forEach((text, part) -> softly.assertThat(schema.at(part.schema() + "/maxLength").asInt())
			.as(text)
			.isEqualTo(part.most()));
		softly.assertAll();
	}

	@Test
	void one_character_over_a_limit_is_an_error_at_its_step_naming_the_limit() {
		SoftAssertions softly = new SoftAssertions();
		FREE.forEach((text, part) -> {
			FlowDocument fits = part.document().apply("字".repeat(part.most()));
			FlowDocument over = part.document().apply("字".repeat(part.most() + 1));
			softly.assertThat(FlowTexts.problems(fits)).as("%s at its limit", text).isEmpty();
			softly.assertThat(FlowTexts.problems(over))
				.as(text)
				.extracting(FlowTexts.Found::path)
				.containsExactly(part.path());
			softly.assertThat(validator.validate(over))
				.as(text)
				.filteredOn(i -> i.code() == ValidationCode.TEXT_TOO_LONG)
				.singleElement()
				.satisfies(i -> {
					assertThat(i.isError()).isTrue();
					assertThat(i.stepKey()).isEqualTo(part.path().startsWith("$.steps") ? "ask" : null);
					assertThat(i.args()).containsSubsequence(Integer.toString(part.most()),
							Integer.toString(part.most() + 1));
				});
		});
		softly.assertAll();
	}

	@Test
	void a_direction_override_anywhere_and_a_line_break_in_a_line_are_errors_that_show_the_hidden_character() {
		SoftAssertions softly = new SoftAssertions();
		FREE.forEach((text, part) -> {
			softly.assertThat(validator.validate(part.document().apply("付款人\u202E人款付")))
				.as("%s with U+202E", text)
				.filteredOn(i -> i.code() == ValidationCode.TEXT_DIRECTION)
				.singleElement()
				.satisfies(i -> assertThat(i.args().get(0)).isEqualTo("付款人[U+202E]人款付"));
			List<ValidationCode> withBreak = codes(part.document().apply("第一行\n第二行"));
			if (part.kind() == Kind.LINE) {
				softly.assertThat(withBreak)
					.as("%s with a line break", text)
					.contains(ValidationCode.TEXT_LINE_CONTROL);
			}
			else {
				softly.assertThat(withBreak)
					.as("%s with a line break", text)
					.doesNotContain(ValidationCode.TEXT_LINE_CONTROL, ValidationCode.TEXT_CONTROL);
			}
			softly.assertThat(codes(part.document().apply("响铃\u0007")))
				.as("%s with a bell", text)
				.contains(part.kind() == Kind.LINE ? ValidationCode.TEXT_LINE_CONTROL : ValidationCode.TEXT_CONTROL);
		});
		softly.assertAll();
	}

	private List<ValidationCode> codes(FlowDocument document) {
		return validator.validate(document).stream().map(ValidationIssue::code).toList();
	}

	/**
	 * The text components of the document's records, as {@code Record.component}: text,
	 * lists of text and a condition's value (text, a number or yes/no).
	 */
	private static Set<String> texts(Class<?> root) {
		Set<String> found = new TreeSet<>();
		Set<Class<?>> seen = new HashSet<>();
		Deque<Class<?>> records = new ArrayDeque<>(List.of(root));
		while (!records.isEmpty()) {
			Class<?> record = records.poll();
			if (!seen.add(record)) {
				continue;
			}
			for (RecordComponent component : record.getRecordComponents()) {
				Type type = component.getGenericType();
				Class<?> element = type instanceof ParameterizedType list ? (Class<?>) list.getActualTypeArguments()[0]
						: component.getType();
				if (element == String.class || element == Object.class) {
					found.add(record.getSimpleName() + "." + component.getName());
				}
				else if (element.isRecord()) {
					records.add(element);
				}
			}
		}
		return found;
	}

	private static FlowDocument flow(String name, String category, String description) {
		return new FlowDocument(FlowDocument.CURRENT_FORMAT, "LIMITS", name, category, description, null, null,
				List.of(StepDefinition.of("ask", "询问", "请问您办理什么业务？")));
	}

	private static FlowDocument step(Function<StepDefinition, StepDefinition> change) {
		return flow("限长", null, null).withSteps(List.of(change.apply(StepDefinition.of("ask", "询问", "请问您办理什么业务？"))));
	}

	/**
	 * A step asking a note, a choice and a signature, and going on by the note's text.
	 */
	private static FlowDocument inputs(String label, String option, String party, String value) {
		return step(s -> s
			.withInputs(List.of(InputDefinition.of("note", label, InputType.TEXT, false),
					new InputDefinition("choice", "选择", InputType.CHOICE, false, List.of(option), List.of()),
					new InputDefinition("signed", "签字", InputType.SIGNATURE, false, List.of(), List.of(party))))
			.withDecision(new Decision(List.of(new Decision.Rule(Condition.of("note", Operator.CONTAINS, value),
					Target.end(Target.Outcome.COMPLETED))), null)));
	}

	/**
	 * A free text of the document.
	 *
	 * @param path where it is in the JSON
	 * @param schema the JSON pointer of its definition in the schema
	 * @param document a document holding the given text there
	 */
	record Part(String path, int most, Kind kind, String schema, Function<String, FlowDocument> document) {
	}

}
