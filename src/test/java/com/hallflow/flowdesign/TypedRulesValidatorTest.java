package com.hallflow.flowdesign;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.Decision.Condition;
import com.hallflow.flowdesign.Decision.Operator;
import com.hallflow.flowdesign.Decision.Rule;
import com.hallflow.flowdesign.Target.Outcome;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The validator refuses, in the designer's words, every rule that could silently never
 * fire: a value its input can never have, a comparison its type has not, an input not yet
 * asked, a rule shadowed by an earlier one; and a placeholder that is not one.
 */
class TypedRulesValidatorTest {

	private final FlowValidator validator = new FlowValidator(Map.of("BILL_PAYMENT", Set.of()));

	private final TranslationProvider translations = new TranslationProvider();

	private static final InputDefinition SUSPENDED = InputDefinition.of("suspended", "号码已停机", InputType.YES_NO, true);

	private static final InputDefinition PLAN = new InputDefinition("plan", "新套餐", InputType.CHOICE, true,
			List.of("畅享 99 元套餐", "畅享 129 元套餐"), List.of());

	private static final InputDefinition AMOUNT = InputDefinition.of("amount", "缴费金额", InputType.MONEY, true);

	private static final InputDefinition NOTE = InputDefinition.of("note", "备注", InputType.TEXT, false);

	private static final InputDefinition DAY = InputDefinition.of("day", "生效日期", InputType.DATE, false);

	private static final InputDefinition SIGNED = new InputDefinition("signed", "客户签字", InputType.SIGNATURE, true,
			List.of(), List.of("客户"));

	private static FlowDocument deciding(Condition... conditions) {
		List<Rule> rules = Arrays.stream(conditions).map(c -> new Rule(c, Target.end(Outcome.NOT_ELIGIBLE))).toList();
		return flow("TYPED")
			.step(StepDefinition.of("status", "查询号码状态", "请稍等。")
				.withInputs(List.of(SUSPENDED, PLAN, AMOUNT, NOTE, DAY, SIGNED))
				.withDecision(new Decision(rules, null)))
			.step("explain")
			.build();
	}

	private List<ValidationIssue> errors(FlowDocument doc) {
		return validator.validate(doc).stream().filter(ValidationIssue::isError).toList();
	}

	private String chinese(ValidationIssue issue) {
		return translations.getTranslation(issue.messageKey(), TranslationProvider.CHINESE, issue.args().toArray());
	}

	@Test
	void a_yes_no_rule_compared_with_the_word_shown_at_the_counter_is_refused_with_the_rules_words() {
		List<ValidationIssue> errors = errors(deciding(Condition.of("suspended", Operator.EQUALS, "是")));

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo(ValidationCode.VALUE_NOT_YES_NO);
			assertThat(e.stepTitle()).isEqualTo("查询号码状态");
			assertThat(chinese(e)).isEqualTo("第 1 条规则：“号码已停机”的答案只有“是”或“否”，条件的值“是”永远不会成立，请选择“是”或“否”");
		});
		assertThat(errors(deciding(Condition.of("suspended", Operator.EQUALS, true)))).isEmpty();
		assertThat(errors(deciding(Condition.of("suspended", Operator.EQUALS, "true"))))
			.extracting(ValidationIssue::code)
			.containsExactly(ValidationCode.VALUE_NOT_YES_NO);
	}

	@Test
	void values_must_be_what_the_input_can_hold() {
		assertThat(codes(deciding(Condition.of("plan", Operator.EQUALS, "畅享 199 元套餐"))))
			.containsExactly(ValidationCode.VALUE_NOT_AN_OPTION);
		assertThat(chinese(errors(deciding(Condition.of("plan", Operator.EQUALS, "畅享 199 元套餐"))).get(0)))
			.contains("畅享 99 元套餐、畅享 129 元套餐");
		assertThat(codes(deciding(Condition.of("plan", Operator.EQUALS, "畅享 99 元套餐")))).isEmpty();
		assertThat(codes(deciding(Condition.of("amount", Operator.GREATER_THAN, "100"))))
			.containsExactly(ValidationCode.VALUE_NOT_A_NUMBER);
		assertThat(codes(deciding(Condition.of("amount", Operator.GREATER_THAN, new BigDecimal("0.001")))))
			.containsExactly(ValidationCode.VALUE_NOT_A_NUMBER);
		assertThat(codes(deciding(Condition.of("amount", Operator.AT_LEAST, new BigDecimal("100.50"))))).isEmpty();
		assertThat(codes(deciding(Condition.of("note", Operator.EQUALS, new BigDecimal("100")))))
			.containsExactly(ValidationCode.VALUE_NOT_TEXT);
		assertThat(codes(deciding(Condition.of("day", Operator.BEFORE, "明天"))))
			.containsExactly(ValidationCode.VALUE_NOT_A_DATE);
		assertThat(codes(deciding(Condition.of("day", Operator.BEFORE, "2026-12-01")))).isEmpty();
		assertThat(codes(deciding(Condition.of("note", Operator.CONTAINS, " "))))
			.containsExactly(ValidationCode.VALUE_MISSING);
		assertThat(codes(deciding(Condition.of("amount", Operator.EQUALS, null))))
			.containsExactly(ValidationCode.VALUE_MISSING);
	}

	@Test
	void comparisons_must_suit_the_inputs_type() {
		assertThat(codes(deciding(Condition.of("suspended", Operator.GREATER_THAN, true))))
			.containsExactly(ValidationCode.OPERATOR_NOT_FOR_TYPE);
		assertThat(codes(deciding(Condition.of("note", Operator.BEFORE, "x"))))
			.containsExactly(ValidationCode.OPERATOR_NOT_FOR_TYPE);
		assertThat(codes(deciding(Condition.of("signed", Operator.EQUALS, "PAD"))))
			.containsExactly(ValidationCode.OPERATOR_NOT_FOR_TYPE);
		assertThat(codes(deciding(Condition.of("signed", Operator.NOT_ANSWERED, null)))).isEmpty();
		for (InputType type : InputType.values()) {
			assertThat(Operator.suitedTo(type)).contains(Operator.ANSWERED, Operator.NOT_ANSWERED);
		}
	}

	@Test
	void all_of_and_any_of_check_every_test_in_them() {
		Condition both = Condition.allOf(List.of(Condition.of("suspended", Operator.EQUALS, true),
				Condition.anyOf(List.of(Condition.of("amount", Operator.GREATER_THAN, BigDecimal.ZERO),
						Condition.of("plan", Operator.EQUALS, "不存在")))));
		assertThat(codes(deciding(both))).containsExactly(ValidationCode.VALUE_NOT_AN_OPTION);
	}

	@Test
	void a_rule_on_an_input_asked_only_later_is_refused() {
		FlowDocument doc = flow("LATER").step(StepDefinition.of("first", "第一步", "您好。")
			.withDecision(new Decision(List.of(new Rule(Condition.of("amount", Operator.GREATER_THAN, BigDecimal.TEN),
					Target.end(Outcome.DECLINED))), null)))
			.step(StepDefinition.of("pay", "收取费用", "请付款。").withInputs(List.of(AMOUNT)))
			.build();
		List<ValidationIssue> errors = errors(doc);
		assertThat(errors).extracting(ValidationIssue::code).containsExactly(ValidationCode.INPUT_NOT_YET_ANSWERED);
		assertThat(chinese(errors.get(0))).contains("缴费金额", "收取费用");
	}

	@Test
	void a_rule_that_never_gets_its_turn_is_refused() {
		Condition same = Condition.of("suspended", Operator.EQUALS, true);
		assertThat(errors(deciding(same, same))).extracting(ValidationIssue::code, ValidationIssue::args)
			.containsExactly(tuple(ValidationCode.RULE_NEVER_USED, List.of("2", "1")));
		assertThat(codes(deciding(Condition.of("amount", Operator.ANSWERED, null),
				Condition.of("amount", Operator.GREATER_THAN, BigDecimal.ONE))))
			.containsExactly(ValidationCode.RULE_NEVER_USED);
		assertThat(codes(deciding(same, Condition.allOf(List.of(same, Condition.of("note", Operator.ANSWERED, null))))))
			.containsExactly(ValidationCode.RULE_NEVER_USED);
		assertThat(codes(deciding(same, Condition.of("suspended", Operator.EQUALS, false)))).isEmpty();
	}

	@Test
	void placeholders_that_are_not_placeholders_are_refused() {
		for (String script : List.of("您好，{customer.name", "您好，{ customer.name }", "您好}", "{customer.name}{")) {
			FlowDocument doc = flow("PH").step(StepDefinition.of("a", "问候", script)).build();
			assertThat(codes(doc)).as(script).contains(ValidationCode.PLACEHOLDER_MALFORMED);
		}
		assertThat(Placeholders.malformed("您好，{customer.name 先生")).containsExactly("{customer.name 先生");
		assertThat(Placeholders.malformed("您好，{customer.name}，{input.amount} 元")).isEmpty();
		assertThat(Placeholders.fill("您好，{customer.name}，{branch.name}欢迎您", Map.of("customer.name", "张先生"), "—"))
			.isEqualTo("您好，张先生，—欢迎您");
	}

	@Test
	void a_step_without_a_title_is_named_by_its_place_and_warned_about() {
		FlowDocument doc = flow("UNTITLED").step(StepDefinition.of("a", " ", "您好。")).build();
		assertThat(validator.validate(doc)).extracting(ValidationIssue::code, ValidationIssue::stepTitle)
			.contains(tuple(ValidationCode.NO_TITLE, "#1"));
	}

	@Test
	void no_message_names_null_when_a_branch_is_incomplete() {
		FlowDocument doc = flow("HALF")
			.step(StepDefinition.of("a", "问候", "您好。")
				.withInputs(List.of(SUSPENDED))
				.withDecision(new Decision(
						List.of(new Rule(Condition.of("suspended", Operator.EQUALS, true),
								new Target(Target.Type.STEP, null, null, null, null))),
						new Target(Target.Type.CALL, null, null, null, null))))
			.build();
		List<ValidationIssue> errors = errors(doc);
		assertThat(errors).extracting(ValidationIssue::code)
			.contains(ValidationCode.TARGET_STEP_NOT_CHOSEN, ValidationCode.CALLED_FLOW_NOT_CHOSEN,
					ValidationCode.RETURN_STEP_NOT_CHOSEN)
			.doesNotContain(ValidationCode.CALLS_ITSELF);
		for (ValidationIssue e : errors) {
			assertThat(chinese(e)).doesNotContain("null");
			assertThat(translations.getTranslation(e.messageKey(), TranslationProvider.ENGLISH, e.args().toArray()))
				.doesNotContain("null");
		}
	}

	private List<ValidationCode> codes(FlowDocument doc) {
		return errors(doc).stream().map(ValidationIssue::code).toList();
	}

}
