package com.hallflow.flowdesign;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static com.hallflow.flowdesign.FlowFixtures.when;
import static com.hallflow.flowdesign.FlowFixtures.withInputs;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.Target.Outcome;
import com.hallflow.flowdesign.ValidationIssue.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class FlowValidatorTest {

	private final FlowValidator validator = new FlowValidator(Map.of("BILL_PAYMENT", Set.of(), "A_CALLS_PLAN",
			Set.of("PLAN_CHANGE"), "B_CALLS_A", Set.of("A_CALLS_PLAN")));

	private static final InputDefinition SUSPENDED = InputDefinition.of("suspended", "是否停机", InputType.YES_NO, true);

	@Test
	void a_plain_flow_with_a_call_that_returns_is_clean() {
		FlowDocument plan = flow("PLAN_CHANGE").step("greet")
			.step(withInputs(StepDefinition.of("status", "查询状态", "线路状态：{input.suspended}"), SUSPENDED))
			.decision(new Decision(List.of(when("suspended", true, Target.call("BILL_PAYMENT", "explain"))), null))
			.step("explain")
			.step("farewell")
			.build();

		assertThat(validator.validate(plan)).isEmpty();
	}

	@Test
	void a_promotion_slot_shows_between_one_and_five_offers() {
		FlowDocument six = flow("PROMO").step("offer").build();
		six = six.withSteps(List.of(six.steps().get(0).withFlags(false, false, true).withMaxOffers(6)));
		assertThat(codes(six)).contains("maxOffersRange");
		FlowDocument two = six.withSteps(List.of(six.steps().get(0).withMaxOffers(2)));
		assertThat(codes(two)).doesNotContain("maxOffersRange");
	}

	@Test
	void a_flow_without_steps_is_an_error() {
		assertThat(codes(flow("EMPTY").build())).containsExactly("noSteps");
	}

	@Test
	void duplicate_step_and_input_keys_are_errors() {
		FlowDocument doc = flow("DUP").step(withInputs(StepDefinition.of("a", "A", "x"), SUSPENDED))
			.step(withInputs(StepDefinition.of("a", "A2", "y"), SUSPENDED))
			.build();
		assertThat(codes(doc)).contains("duplicateStepKey", "duplicateInputKey");
	}

	@Test
	void decisions_pointing_to_missing_steps_are_errors() {
		FlowDocument doc = flow("MISS").step(withInputs(StepDefinition.of("a", "A", "x"), SUSPENDED))
			.decision(new Decision(List.of(when("suspended", true, Target.step("nowhere"))),
					Target.call("BILL_PAYMENT", "gone")))
			.step("b")
			.build();
		assertThat(issues(doc)).extracting(FlowValidatorTest::code, ValidationIssue::args)
			.contains(Tuple.tuple("missingStep", List.of("nowhere")),
					Tuple.tuple("missingReturnStep", List.of("gone")));
	}

	@Test
	void unreachable_steps_are_warnings_and_a_mandatory_signature_after_the_end_is_an_error() {
		StepDefinition sign = withInputs(
				new StepDefinition("sign", "签字", null, "请签字", List.of(), List.of(), false, null, true, false),
				new InputDefinition("signature", "签名", InputType.SIGNATURE, true, List.of(), List.of("客户")));
		FlowDocument doc = flow("ENDS").step("a")
			.decision(new Decision(List.of(), Target.end(Outcome.COMPLETED)))
			.step("orphan")
			.step(sign)
			.build();

		assertThat(issues(doc)).extracting(ValidationIssue::stepKey, FlowValidatorTest::code, ValidationIssue::severity)
			.containsExactlyInAnyOrder(Tuple.tuple("orphan", "unreachable", Severity.WARNING),
					Tuple.tuple("sign", "mandatorySignatureAfterEnd", Severity.ERROR));
	}

	@Test
	void a_loop_with_no_way_out_is_an_error_but_a_loop_with_an_exit_is_not() {
		FlowDocument trapped = flow("LOOP").step("a")
			.step("b")
			.decision(new Decision(List.of(), Target.step("a")))
			.build();
		assertThat(codes(trapped)).containsOnly("noWayOut", "loopsBack", "neverCompletes");

		FlowDocument withExit = flow("LOOP").step(withInputs(StepDefinition.of("a", "A", "x"), SUSPENDED))
			.step("b")
			.decision(new Decision(List.of(when("suspended", false, Target.end(Outcome.COMPLETED))), Target.step("a")))
			.build();
		// a loop with an exit is allowed, and said (a warning): the customer goes round
		// again
		assertThat(codes(withExit)).containsExactly("loopsBack");
	}

	@Test
	void an_input_bound_to_a_customer_detail_it_cannot_hold_is_refused_with_its_question() {
		InputDefinition mobileAsText = InputDefinition.of("phone", "联系电话", InputType.TEXT, true)
			.boundTo(CustomerField.MOBILE);
		InputDefinition gradeOfThree = new InputDefinition("grade", "客户等级", InputType.CHOICE, true,
				List.of("普通", "金卡", "钻石卡"), List.of())
			.boundTo(CustomerField.GRADE);
		InputDefinition mobile = InputDefinition.of("mobile", "办理号码", InputType.MOBILE, true)
			.boundTo(CustomerField.MOBILE);
		FlowDocument doc = flow("BOUND").step(withInputs(StepDefinition.of("a", "A", "x"), mobileAsText))
			.step(withInputs(StepDefinition.of("b", "B", "x"), gradeOfThree))
			.step(withInputs(StepDefinition.of("c", "C", "x"), mobile))
			.build();
		assertThat(issues(doc)).extracting(ValidationIssue::stepKey, FlowValidatorTest::code, ValidationIssue::args)
			.containsExactlyInAnyOrder(Tuple.tuple("a", "contextType", List.of("联系电话")),
					Tuple.tuple("b", "gradeOptions", List.of("客户等级")));
	}

	@Test
	void a_step_for_a_flow_started_on_its_own_has_nothing_that_skipping_it_would_lose() {
		FlowDocument doc = flow("COURTESY").step(StepDefinition.of("hello", "问候", "您好").withStandaloneOnly(true))
			.step(withInputs(StepDefinition.of("ask", "其他需求", "还有吗").withStandaloneOnly(true), SUSPENDED))
			.step(StepDefinition.of("bye", "道别", "再见").withFlags(true, false, false).withStandaloneOnly(true))
			.build();
		assertThat(issues(doc)).extracting(ValidationIssue::stepKey, FlowValidatorTest::code)
			.containsExactlyInAnyOrder(Tuple.tuple("ask", "standaloneStepNotPlain"),
					Tuple.tuple("bye", "standaloneStepNotPlain"));
	}

	@Test
	void a_step_regions_may_hide_cannot_be_locked_nor_hold_a_locked_item() {
		FlowDocument doc = flow("MARKS")
			.step(StepDefinition.of("sign", "客户签字", "请签字").withRegionalMarks(true, true, false))
			.step(StepDefinition.of("copy", "留存证件", "请复印")
				.withChecklist(List.of(new ChecklistItem("留存证件复印件", true, true)))
				.withRegionalMarks(false, true, false))
			.step(StepDefinition.of("tips", "温馨提示", "请留意短信").withRegionalMarks(false, true, true))
			.step(StepDefinition.of("check", "核验身份", "请出示证件").withRegionalMarks(true, false, true))
			.build();
		assertThat(issues(doc)).filteredOn(ValidationIssue::isError)
			.extracting(ValidationIssue::stepKey, FlowValidatorTest::code)
			.containsExactlyInAnyOrder(Tuple.tuple("sign", "lockedAndOptional"),
					Tuple.tuple("copy", "lockedAndOptional"));
	}

	@Test
	void a_flow_whose_every_path_ends_other_than_completed_is_said_never_to_complete() {
		FlowDocument refusing = flow("X").step(withInputs(StepDefinition.of("a", "A", "x"), SUSPENDED))
			.decision(new Decision(List.of(when("suspended", true, Target.end(Outcome.NOT_ELIGIBLE))),
					Target.end(Outcome.DECLINED)))
			.build();
		assertThat(codes(refusing)).containsExactly("neverCompletes");
	}

	@Test
	void calls_to_unknown_or_unpublished_flows_to_itself_and_call_cycles_are_errors() {
		FlowDocument unknown = flow("PLAN_CHANGE").step("a")
			.decision(new Decision(List.of(), Target.call("NOT_PUBLISHED", "b")))
			.step("b")
			.build();
		assertThat(codes(unknown)).containsExactly("unknownFlow");

		FlowDocument itself = flow("PLAN_CHANGE").step("a")
			.decision(new Decision(List.of(), Target.call("PLAN_CHANGE", "b")))
			.step("b")
			.build();
		assertThat(codes(itself)).containsExactly("callsItself");

		FlowDocument cycle = flow("PLAN_CHANGE").step("a")
			.decision(new Decision(List.of(), Target.call("B_CALLS_A", "b")))
			.step("b")
			.build();
		assertThat(issues(cycle)).singleElement().satisfies(i -> {
			assertThat(i.code()).isEqualTo(ValidationCode.CALL_CYCLE);
			assertThat(i.args()).containsExactly("PLAN_CHANGE → B_CALLS_A → A_CALLS_PLAN → PLAN_CHANGE");
		});
	}

	@Test
	void empty_scripts_warn_and_unknown_placeholders_are_errors() {
		FlowDocument doc = flow("TEXT").step(StepDefinition.of("a", "A", " "))
			.step(StepDefinition.of("b", "B", "您好 {customer.name}，{customer.shoeSize} {input.nothing}"))
			.build();
		assertThat(issues(doc)).extracting(FlowValidatorTest::code, ValidationIssue::args)
			.containsExactlyInAnyOrder(Tuple.tuple("emptyScript", List.of()),
					Tuple.tuple("unknownPlaceholder", List.of("{customer.shoeSize}")),
					Tuple.tuple("unknownPlaceholder", List.of("{input.nothing}")));
	}

	@Test
	void a_script_from_the_library_is_not_empty() {
		FlowDocument doc = flow("LIB").step(StepDefinition.of("a", "A", null).withScript("greeting", null)).build();
		assertThat(codes(doc)).isEmpty();
	}

	@Test
	void choices_need_options_signatures_need_parties_and_conditions_need_known_inputs() {
		FlowDocument doc = flow("INPUTS")
			.step(withInputs(StepDefinition.of("a", "A", "x"), InputDefinition.of("plan", "套餐", InputType.CHOICE, true),
					InputDefinition.of("sig", "签名", InputType.SIGNATURE, true)))
			.decision(new Decision(List.of(when("ghost", "1", Target.end(Outcome.DECLINED))), null))
			.step("b")
			.build();
		assertThat(codes(doc)).containsExactlyInAnyOrder("choiceWithoutOptions", "signatureWithoutParties",
				"unknownInput");
	}

	@Test
	void incomplete_targets_are_errors_not_crashes() {
		FlowDocument doc = flow("HALF").step("a")
			.decision(new Decision(List.of(new Decision.Rule(null, null)), new Target(null, null, null, null, null)))
			.step("b")
			.build();
		assertThat(codes(doc)).contains("incompleteCondition", "incompleteTarget");
	}

	private List<ValidationIssue> issues(FlowDocument doc) {
		return validator.validate(doc);
	}

	private List<String> codes(FlowDocument doc) {
		return issues(doc).stream().map(FlowValidatorTest::code).toList();
	}

	/** The rule's name as the JSON API gives it, which must not change. */
	private static String code(ValidationIssue issue) {
		return issue.code().code();
	}

}
