package com.hallflow.flowdesign;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.hallflow.base.TranslationProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FlowDiffTest {

	@Test
	void identical_versions_have_no_changes() {
		FlowDocument doc = flow("A_B").step("greet").step("bye").build();
		assertThat(FlowDiff.between(doc, doc)).isEmpty();
	}

	@Test
	void a_changed_script_an_added_checklist_item_and_steps_added_removed_and_moved_are_reported() {
		StepDefinition identity = StepDefinition.of("identity", "核验身份", "请出示证件。");
		FlowDocument before = flow("X_Y").step("greet").step(identity).step("old").step("bye").build();
		StepDefinition changed = new StepDefinition("identity", "核验身份", null, "请出示身份证件原件。",
				List.of(new ChecklistItem("复印身份证", true)), List.of(), false, null, true, false);
		FlowDocument after = flow("X_Y").step("bye").step("greet").step(changed).step("new").build();

		assertThat(FlowDiff.between(before, after)).extracting(FlowDiff.Change::messageKey, FlowDiff.Change::args)
			.contains(tuple("flowdesign.diff.scriptChanged", List.of("3（核验身份）", "请出示证件。", "请出示身份证件原件。")),
					tuple("flowdesign.diff.checklistAdded", List.of("3（核验身份）", "复印身份证")),
					tuple("flowdesign.diff.mandatoryOn", List.of("3（核验身份）")),
					tuple("flowdesign.diff.stepAdded", List.of("4（步骤 new）")),
					tuple("flowdesign.diff.stepRemoved", List.of("3（步骤 old）")),
					tuple("flowdesign.diff.stepMoved", List.of("1（步骤 bye）", "4", "1")));
	}

	@Test
	void inputs_are_named_by_their_question_not_their_key() {
		StepDefinition check = StepDefinition.of("check", "查询号码状态", "请稍等。");
		FlowDocument before = flow("N_Q").step(check).build();
		FlowDocument after = flow("N_Q")
			.step(check.withInputs(List.of(InputDefinition.of("answer1", "号码已停机", InputType.YES_NO, true))))
			.build();
		assertThat(FlowDiff.between(before, after)).singleElement()
			.satisfies(c -> assertThat(c.args()).contains("号码已停机").doesNotContain("answer1"));
		assertThat(FlowDiff.between(after, before)).singleElement()
			.satisfies(c -> assertThat(c.args()).contains("号码已停机").doesNotContain("answer1"));
	}

	@Test
	void long_scripts_are_shortened_in_the_description() {
		FlowDocument before = flow("L_M").step(StepDefinition.of("a", "A", "短")).build();
		FlowDocument after = flow("L_M").step(StepDefinition.of("a", "A", "长".repeat(200))).build();
		assertThat(FlowDiff.between(before, after).get(0).args().get(2)).hasSize(60).endsWith("…");
	}

	@Test
	void every_kind_of_change_has_a_message_in_both_languages() {
		TranslationProvider translations = new TranslationProvider();
		List<String> keys = new ArrayList<>(
				List.of("stepAdded", "stepRemoved", "stepMoved", "titleChanged", "scriptChanged", "decisionChanged",
						"flow.name", "flow.category", "flow.description", "flow.targetMinutes"));
		for (String what : List.of("checklist", "input")) {
			for (String how : List.of("Added", "Removed", "Changed")) {
				keys.add(what + how);
			}
		}
		for (String flag : List.of("mandatory", "noBack", "promotionSlot")) {
			keys.add(flag + "On");
			keys.add(flag + "Off");
		}
		for (String key : keys) {
			for (Locale locale : TranslationProvider.LOCALES) {
				assertThat(translations.getTranslation("flowdesign.diff." + key, locale, "a", "b", "c"))
					.as(key + " " + locale)
					.doesNotStartWith("!");
			}
		}
	}

}
