package com.hallflow.flowdesign;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.TranslationProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FlowDiffTest {

	/**
	 * A step as the differences name it: its number and title, in the reader's brackets.
	 */
	private static AuditDetail.Words step(int number, String title) {
		return AuditDetail.words("flowdesign.diff.step", Integer.toString(number), title);
	}

	@Test
	void a_step_is_bracketed_as_each_language_brackets_it() {
		StepDefinition grade = StepDefinition.of("grade", "按等级补卡", "请稍等。");
		FlowDocument before = flow("B_K").step("a").step("b").step("c").step(grade).build();
		FlowDocument after = flow("B_K").step("a").step("b").step("c").step(grade.withScript(null, "请稍候。")).build();
		FlowDiff.Change change = FlowDiff.between(before, after).get(0);
		TranslationProvider translations = new TranslationProvider();

		assertThat(
				translations.getTranslation(change.messageKey(), TranslationProvider.ENGLISH, change.args().toArray()))
			.isEqualTo("Step 4 (按等级补卡): script changed");
		assertThat(
				translations.getTranslation(change.messageKey(), TranslationProvider.CHINESE, change.args().toArray()))
			.isEqualTo("步骤 4（按等级补卡）：话术有修改");
	}

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
			.contains(tuple("flowdesign.diff.scriptChanged", List.of(step(3, "核验身份"), "请出示证件。", "请出示身份证件原件。")),
					tuple("flowdesign.diff.checklistAdded", List.of(step(3, "核验身份"), "复印身份证")),
					tuple("flowdesign.diff.mandatoryOn", List.of(step(3, "核验身份"))),
					tuple("flowdesign.diff.stepAdded", List.of(step(4, "步骤 new"))),
					tuple("flowdesign.diff.stepRemoved", List.of(step(3, "步骤 old"))),
					tuple("flowdesign.diff.stepMoved", List.of(step(1, "步骤 bye"), "4", "1")));
	}

	@Test
	void head_offices_marks_for_the_regions_are_reported_in_words() {
		StepDefinition copy = StepDefinition.of("copy", "留存证件", "请复印证件。")
			.withChecklist(List.of(new ChecklistItem("留存证件复印件", true), new ChecklistItem("核对原件", false)));
		FlowDocument before = flow("M_K").step(copy)
			.step(StepDefinition.of("tips", "温馨提示", "x").withRegionalMarks(false, true, true))
			.build();
		FlowDocument after = flow("M_K")
			.step(copy
				.withChecklist(List.of(new ChecklistItem("留存证件复印件", true, true), new ChecklistItem("核对原件", false)))
				.withRegionalMarks(true, false, true))
			.step(StepDefinition.of("tips", "温馨提示", "x"))
			.build();

		assertThat(FlowDiff.between(before, after)).extracting(FlowDiff.Change::messageKey, FlowDiff.Change::args)
			.containsExactlyInAnyOrder(tuple("flowdesign.diff.checklistLocked", List.of(step(1, "留存证件"), "留存证件复印件")),
					tuple("flowdesign.diff.lockedOn", List.of(step(1, "留存证件"))),
					tuple("flowdesign.diff.openBeforeOn", List.of(step(1, "留存证件"))),
					tuple("flowdesign.diff.optionalOff", List.of(step(2, "温馨提示"))),
					tuple("flowdesign.diff.openBeforeOff", List.of(step(2, "温馨提示"))));
		assertThat(FlowDiff.between(after, before)).extracting(FlowDiff.Change::messageKey)
			.contains("flowdesign.diff.checklistUnlocked", "flowdesign.diff.lockedOff", "flowdesign.diff.optionalOn")
			.doesNotContain("flowdesign.diff.checklistChanged");
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
	void long_scripts_are_named_whole_and_carried_whole_as_written() {
		String longScript = "您好，欢迎光临。".repeat(30) + "请在这里签字确认。";
		String edited = "您好，欢迎光临。".repeat(30) + "请在这里签字确认，谢谢。";
		FlowDocument before = flow("L_M").step(StepDefinition.of("a", "A", longScript)).build();
		FlowDocument after = flow("L_M").step(StepDefinition.of("a", "A", edited)).build();

		FlowDiff.Change change = FlowDiff.between(before, after).get(0);

		assertThat(change.messageKey()).isEqualTo("flowdesign.diff.scriptChanged");
		assertThat(change.args()).containsExactly(step(1, "A"), longScript, edited);
		assertThat(change.texts()).isEqualTo(new FlowDiff.Texts(longScript, edited));
	}

	@Test
	void the_audit_detail_of_a_flow_change_names_both_scripts_whole() {
		String opening = "您好，欢迎光临。".repeat(12);
		FlowDocument before = flow("L_A").step(StepDefinition.of("a", "A", opening + "请签字。")).build();
		FlowDocument after = flow("L_A").step(StepDefinition.of("a", "A", opening + "请签字确认。")).build();

		List<AuditDetail.Item> items = AuditDetail
			.items(FlowDesignService.changeDetail(AuditDetail.builder(), before, after).json())
			.orElseThrow();

		assertThat(items).extracting(AuditDetail.Item::field).containsExactly(AuditField.STEPS, AuditField.CHANGES);
		assertThat(items.get(1).after()).asList()
			.containsExactly(AuditDetail.words("flowdesign.diff.scriptChanged", step(1, "A"), opening + "请签字。",
					opening + "请签字确认。"));
	}

	@Test
	void the_arguments_name_a_text_on_one_line_and_the_texts_keep_its_lines() {
		FlowDocument before = flow("L_N").step(StepDefinition.of("a", "A", "第一行\n第二行")).build();
		FlowDocument after = flow("L_N").step(StepDefinition.of("a", "A", "第一行\n第二行改")).build();

		FlowDiff.Change change = FlowDiff.between(before, after).get(0);

		assertThat(change.args()).containsExactly(step(1, "A"), "第一行 第二行", "第一行 第二行改");
		assertThat(change.texts().after()).isEqualTo("第一行\n第二行改");
	}

	@Test
	void changed_titles_and_flow_texts_carry_both_texts_and_other_changes_none() {
		FlowDocument before = new FlowDocument(FlowDocument.CURRENT_FORMAT, "T_X", "套餐变更", "套餐", null, null, null,
				List.of(StepDefinition.of("a", "核验身份", "请出示证件。")));
		FlowDocument after = new FlowDocument(FlowDocument.CURRENT_FORMAT, "T_X", "套餐变更办理", "套餐", "新的说明", null, null,
				List.of(StepDefinition.of("a", "核验客户身份", "请出示证件。").withFlags(true, false, false)));

		assertThat(FlowDiff.between(before, after)).extracting(FlowDiff.Change::messageKey, FlowDiff.Change::texts)
			.containsExactly(tuple("flowdesign.diff.flow.name", new FlowDiff.Texts("套餐变更", "套餐变更办理")),
					tuple("flowdesign.diff.flow.description", new FlowDiff.Texts("", "新的说明")),
					tuple("flowdesign.diff.titleChanged", new FlowDiff.Texts("核验身份", "核验客户身份")),
					tuple("flowdesign.diff.mandatoryOn", null));
		assertThat(FlowDiff.between(before, after).get(1).args()).containsExactly("—", "新的说明");
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
