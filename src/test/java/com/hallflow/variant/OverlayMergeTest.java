package com.hallflow.variant;

import static com.hallflow.variant.OverlayFixtures.faceCheck;
import static com.hallflow.variant.OverlayFixtures.overlay;
import static com.hallflow.variant.OverlayFixtures.simReplacement;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.variant.OverlayProblem.Code;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlayMergeTest {

	private static final FlowDocument HQ = simReplacement();

	private static OverlayMerge.Applied apply(OverlayChange... changes) {
		return OverlayMerge.apply(HQ, overlay("GD", changes));
	}

	private static OverlayProblem refusal(OverlayChange change) {
		OverlayMerge.Applied applied = apply(change);
		assertThat(applied.problems()).hasSize(1);
		assertThat(applied.document()).as("a refused change leaves the flow as it was").isEqualTo(HQ);
		return applied.problems().get(0);
	}

	private static List<String> keys(FlowDocument document) {
		return document.steps().stream().map(StepDefinition::key).toList();
	}

	private static StepDefinition step(FlowDocument document, String key) {
		return document.step(key).orElseThrow();
	}

	@Test
	void an_insert_before_an_open_step_takes_every_way_into_it() {
		OverlayMerge.Applied applied = apply(OverlayChange.insertBefore("replace-card", faceCheck()));

		assertThat(applied.clean()).isTrue();
		assertThat(keys(applied.document())).containsSubsequence("verify", "face-check", "replace-card");
		assertThat(applied.touched())
			.containsExactly(new OverlayMerge.Touched(0, OverlayChange.Op.INSERT_BEFORE, "face-check"));
	}

	@Test
	void an_insert_redirects_rules_otherwise_and_calls_returning_to_the_step() {
		OverlayMerge.Applied applied = apply(
				OverlayChange.insertBefore("verify", StepDefinition.of("local-rule", "本地规定", "按本省规定，请出示户口簿。")));

		assertThat(applied.clean()).isTrue();
		assertThat(step(applied.document(), "check-status").decision().otherwise())
			.isEqualTo(Target.step("local-rule"));
		assertThat(step(applied.document(), "suspended-notice").decision().otherwise())
			.isEqualTo(Target.call("BILL_PAYMENT", "local-rule"));
	}

	@Test
	void an_insert_is_refused_before_a_step_head_office_did_not_open() {
		OverlayProblem problem = refusal(OverlayChange.insertBefore("fee", faceCheck()));

		assertThat(problem.code()).isEqualTo(Code.NOT_OPEN);
		assertThat(problem.stepTitle()).isEqualTo("讲解并收费");
		assertThat(problem.args()).containsExactly("人证比对");
		assertThat(problem.code().conflict()).isFalse();
	}

	@Test
	void an_inserted_step_may_not_end_the_run_completed_or_jump_elsewhere() {
		StepDefinition completes = faceCheck()
			.withDecision(new Decision(List.of(), Target.end(Target.Outcome.COMPLETED)));
		StepDefinition jumps = faceCheck().withDecision(new Decision(List.of(), Target.step("sign")));
		StepDefinition callsElsewhere = faceCheck()
			.withDecision(new Decision(List.of(), Target.call("BILL_PAYMENT", "sign")));

		assertThat(refusal(OverlayChange.insertBefore("replace-card", completes)).code())
			.isEqualTo(Code.INSERT_BYPASSES);
		assertThat(refusal(OverlayChange.insertBefore("replace-card", jumps)).code()).isEqualTo(Code.INSERT_BYPASSES);
		assertThat(refusal(OverlayChange.insertBefore("replace-card", callsElsewhere)).code())
			.isEqualTo(Code.INSERT_BYPASSES);
	}

	@Test
	void an_inserted_step_may_end_the_run_declined_or_call_a_flow_returning_before_the_step() {
		StepDefinition declines = faceCheck()
			.withDecision(new Decision(List.of(), Target.end(Target.Outcome.DECLINED)));
		StepDefinition calls = faceCheck()
			.withDecision(new Decision(List.of(), Target.call("BILL_PAYMENT", "replace-card")));

		assertThat(apply(OverlayChange.insertBefore("replace-card", declines)).clean()).isTrue();
		assertThat(apply(OverlayChange.insertBefore("replace-card", calls)).clean()).isTrue();
	}

	@Test
	void an_inserted_step_carries_none_of_head_offices_marks() {
		assertThat(
				refusal(OverlayChange.insertBefore("replace-card", faceCheck().withRegionalMarks(true, false, false)))
					.code())
			.isEqualTo(Code.INSERT_MARKED);
		assertThat(
				refusal(OverlayChange.insertBefore("replace-card", faceCheck().withRegionalMarks(false, false, true)))
					.code())
			.isEqualTo(Code.INSERT_MARKED);
		assertThat(refusal(OverlayChange.insertBefore("replace-card",
				faceCheck().withChecklist(List.of(new ChecklistItem("比对", true, true)))))
			.code()).isEqualTo(Code.INSERT_MARKED);
	}

	@Test
	void an_inserted_step_needs_a_key_and_a_title() {
		assertThat(
				refusal(OverlayChange.insertBefore("replace-card", faceCheck().withIdentity("face-check", " "))).code())
			.isEqualTo(Code.INCOMPLETE);
		assertThat(refusal(OverlayChange.insertBefore("replace-card", null)).code()).isEqualTo(Code.INCOMPLETE);
	}

	@Test
	void an_inserted_step_whose_step_or_input_key_the_flow_has_is_refused() {
		assertThat(refusal(OverlayChange.insertBefore("replace-card", faceCheck().withIdentity("fee", "人证比对"))).code())
			.isEqualTo(Code.DUPLICATE_KEY);
		assertThat(refusal(OverlayChange.insertBefore("replace-card",
				faceCheck().withInputs(List.of(InputDefinition.of("grade", "等级", InputType.TEXT, true)))))
			.code()).isEqualTo(Code.DUPLICATE_KEY);
		OverlayMerge.Applied twice = apply(OverlayChange.insertBefore("replace-card", faceCheck()),
				OverlayChange.insertBefore("sign", faceCheck().withDecision(null)));
		assertThat(twice.problems()).extracting(OverlayProblem::code).containsExactly(Code.DUPLICATE_KEY);
	}

	@Test
	void a_script_is_replaced_outside_locked_steps_and_the_library_reference_goes() {
		OverlayMerge.Applied applied = apply(OverlayChange.replaceScript("fee", "广东省补卡工本费{input.fee}元。", null));

		assertThat(applied.clean()).isTrue();
		assertThat(step(applied.document(), "fee").script()).isEqualTo("广东省补卡工本费{input.fee}元。");
		assertThat(step(applied.document(), "fee").scriptRef()).isNull();
	}

	@Test
	void a_locked_steps_script_is_not_replaced_but_may_be_appended_to() {
		assertThat(refusal(OverlayChange.replaceScript("sign", "签个字吧。", null)).code())
			.isEqualTo(Code.LOCKED_SCRIPT_REPLACED);

		OverlayMerge.Applied applied = apply(OverlayChange.appendScript("sign", "签名请用正楷。"));
		assertThat(applied.clean()).isTrue();
		assertThat(step(applied.document(), "sign").script()).isEqualTo("请您核对业务单据后签名。\n\n签名请用正楷。");
	}

	@Test
	void a_replacement_made_for_another_script_is_a_conflict() {
		OverlayProblem problem = refusal(OverlayChange.replaceScript("fee", "新话术", "旧版本的话术"));

		assertThat(problem.code()).isEqualTo(Code.SCRIPT_CHANGED);
		assertThat(problem.code().conflict()).isTrue();
		assertThat(apply(OverlayChange.replaceScript("fee", "新话术", "补卡工本费{input.fee}元。")).clean()).isTrue();
	}

	@Test
	void empty_texts_change_nothing() {
		assertThat(refusal(OverlayChange.replaceScript("fee", " ", null)).code()).isEqualTo(Code.INCOMPLETE);
		assertThat(refusal(OverlayChange.appendScript("fee", "")).code()).isEqualTo(Code.INCOMPLETE);
		assertThat(refusal(OverlayChange.addChecklistItem("fee", null, true)).code()).isEqualTo(Code.INCOMPLETE);
		assertThat(refusal(OverlayChange.addOption("replace-card", "grade", " ")).code()).isEqualTo(Code.INCOMPLETE);
		assertThat(refusal(new OverlayChange(null, "fee", null, "x", null, null, null, null)).code())
			.isEqualTo(Code.INCOMPLETE);
	}

	@Test
	void a_checklist_item_is_added_after_head_offices_even_at_a_locked_step() {
		OverlayMerge.Applied applied = apply(OverlayChange.addChecklistItem("sign", "签名与身份证件一致", true));

		assertThat(applied.clean()).isTrue();
		assertThat(step(applied.document(), "sign").checklist())
			.containsExactly(new ChecklistItem("签名与身份证件一致", true, false));
		assertThat(apply(OverlayChange.addChecklistItem("replace-card", "告知原卡失效", false)).document()
			.step("replace-card")
			.orElseThrow()
			.checklist()).extracting(ChecklistItem::text).containsExactly("核验机主本人有效身份证件", "写入新卡并激活", "告知原卡失效");
	}

	@Test
	void an_option_is_added_to_a_choice_outside_locked_steps() {
		OverlayMerge.Applied applied = apply(OverlayChange.addOption("replace-card", "grade", "全球通客户"));

		assertThat(applied.clean()).isTrue();
		assertThat(step(applied.document(), "replace-card").inputs().get(0).options()).containsExactly("普通客户", "金卡客户",
				"全球通客户");
		assertThat(refusal(OverlayChange.addOption("verify", "idType", "港澳通行证")).code())
			.isEqualTo(Code.LOCKED_OPTION_ADDED);
		assertThat(refusal(OverlayChange.addOption("replace-card", "grade", "金卡客户")).code())
			.isEqualTo(Code.DUPLICATE_OPTION);
		assertThat(refusal(OverlayChange.addOption("fee", "fee", "十元")).code()).isEqualTo(Code.NOT_A_CHOICE);
	}

	@Test
	void an_input_gone_from_the_step_is_a_conflict() {
		OverlayProblem problem = refusal(OverlayChange.addOption("replace-card", "level", "全球通客户"));

		assertThat(problem.code()).isEqualTo(Code.INPUT_GONE);
		assertThat(problem.code().conflict()).isTrue();
		assertThat(refusal(OverlayChange.setMoneyLimit("fee", "amount", BigDecimal.TEN)).code())
			.isEqualTo(Code.INPUT_GONE);
	}

	@Test
	void a_money_limit_is_set_outside_locked_steps_within_the_counters_own() {
		OverlayMerge.Applied applied = apply(OverlayChange.setMoneyLimit("fee", "fee", new BigDecimal("30.00")));

		assertThat(applied.clean()).isTrue();
		assertThat(step(applied.document(), "fee").inputs().get(0).maxAmount()).isEqualByComparingTo("30");
		assertThat(refusal(OverlayChange.setMoneyLimit("verify", "deposit", BigDecimal.TEN)).code())
			.isEqualTo(Code.LOCKED_LIMIT_CHANGED);
		assertThat(refusal(OverlayChange.setMoneyLimit("replace-card", "grade", BigDecimal.TEN)).code())
			.isEqualTo(Code.NOT_MONEY);
		for (String wrong : List.of("0", "-5", "10000000000.01", "1.005")) {
			assertThat(refusal(OverlayChange.setMoneyLimit("fee", "fee", new BigDecimal(wrong))).code()).as(wrong)
				.isEqualTo(Code.LIMIT_INVALID);
		}
		assertThat(refusal(OverlayChange.setMoneyLimit("fee", "fee", null)).code()).isEqualTo(Code.LIMIT_INVALID);
	}

	@Test
	void an_optional_step_is_hidden_and_every_way_into_it_goes_on_to_the_next() {
		OverlayMerge.Applied applied = apply(OverlayChange.hideStep("suspended-notice"));

		assertThat(applied.clean()).isTrue();
		assertThat(keys(applied.document())).doesNotContain("suspended-notice");
		assertThat(step(applied.document(), "check-status").decision().rules().get(0).then())
			.isEqualTo(Target.step("verify"));
	}

	@Test
	void the_last_step_hidden_ends_the_ways_into_it_completed() {
		OverlayMerge.Applied applied = OverlayMerge.apply(HQ.withSteps(List
			.of(HQ.steps().get(0).withDecision(new Decision(List.of(), Target.step("recommend"))), HQ.steps().get(6))),
				overlay("GD", OverlayChange.hideStep("recommend")));

		assertThat(applied.clean()).isTrue();
		assertThat(applied.document().steps().get(0).decision().otherwise())
			.isEqualTo(Target.end(Target.Outcome.COMPLETED));
	}

	@Test
	void a_locked_step_is_never_hidden_even_when_marked_optional() {
		OverlayProblem problem = refusal(OverlayChange.hideStep("sign"));

		assertThat(problem.code()).isEqualTo(Code.LOCKED_HIDDEN);
		assertThat(problem.stepTitle()).isEqualTo("客户签字");
	}

	@Test
	void a_step_holding_a_locked_item_is_never_hidden() {
		assertThat(refusal(OverlayChange.hideStep("hand-over")).code()).isEqualTo(Code.LOCKED_ITEM_HIDDEN);
	}

	@Test
	void only_optional_steps_are_hidden() {
		assertThat(refusal(OverlayChange.hideStep("fee")).code()).isEqualTo(Code.NOT_OPTIONAL);
	}

	@Test
	void a_step_a_locked_step_leads_to_is_not_hidden() {
		FlowDocument flow = HQ.withSteps(HQ.steps()
			.stream()
			.map(s -> s.key().equals("verify") ? s.withDecision(new Decision(List.of(), Target.step("recommend"))) : s)
			.toList());

		OverlayMerge.Applied applied = OverlayMerge.apply(flow, overlay("GD", OverlayChange.hideStep("recommend")));

		assertThat(applied.problems()).extracting(OverlayProblem::code).containsExactly(Code.LOCKED_LEADS_HERE);
		assertThat(applied.document()).isEqualTo(flow);
	}

	@Test
	void a_hidden_step_is_changed_no_further() {
		OverlayMerge.Applied applied = apply(OverlayChange.hideStep("recommend"), OverlayChange.hideStep("recommend"),
				OverlayChange.appendScript("recommend", "再说一句"));

		assertThat(applied.problems()).extracting(OverlayProblem::code)
			.containsExactly(Code.STEP_HIDDEN, Code.STEP_HIDDEN);
		assertThat(applied.problems()).extracting(OverlayProblem::index).containsExactly(1, 2);
	}

	@Test
	void a_step_head_office_no_longer_has_is_a_conflict() {
		OverlayProblem problem = refusal(OverlayChange.appendScript("photo", "请摘下帽子。"));

		assertThat(problem.code()).isEqualTo(Code.STEP_GONE);
		assertThat(problem.code().conflict()).isTrue();
		assertThat(problem.stepTitle()).isEqualTo("photo");
	}

	@Test
	void a_refused_change_leaves_the_others_applied() {
		OverlayMerge.Applied applied = apply(OverlayChange.hideStep("sign"),
				OverlayChange.insertBefore("replace-card", faceCheck()));

		assertThat(applied.problems()).extracting(OverlayProblem::index).containsExactly(0);
		assertThat(applied.touched()).extracting(OverlayMerge.Touched::index).containsExactly(1);
		assertThat(keys(applied.document())).contains("face-check", "sign");
	}

	@Test
	void the_effective_flow_lays_the_province_then_the_city_and_says_who_touched_what() {
		OverlayMerge.Composed composed = OverlayMerge.compose(HQ,
				List.of(overlay("GD", OverlayChange.insertBefore("replace-card", faceCheck())),
						overlay("GZ", OverlayChange.appendScript("face-check", "广州：比对失败请引导至人工台。"),
								OverlayChange.setMoneyLimit("fee", "fee", new BigDecimal("20")),
								OverlayChange.hideStep("sign"))));

		assertThat(step(composed.document(), "face-check").script()).endsWith("广州：比对失败请引导至人工台。");
		assertThat(composed.regionsTouching("face-check")).containsExactly("GD", "GZ");
		assertThat(composed.regionsTouching("fee")).containsExactly("GZ");
		assertThat(composed.problems()).singleElement().satisfies(p -> {
			assertThat(p.region()).isEqualTo("GZ");
			assertThat(p.problem().code()).isEqualTo(Code.LOCKED_HIDDEN);
		});
	}

}
