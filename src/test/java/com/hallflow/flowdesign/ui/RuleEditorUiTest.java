package com.hallflow.flowdesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.Decision.Condition;
import com.hallflow.flowdesign.Decision.Operator;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowdesign.ValidationCode;
import com.hallflow.flowdesign.ValidationIssue;
import com.hallflow.security.StaffRole;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rule editor speaks the designer's language and cannot take a value the counter can
 * never store: yes/no rules are chosen as 是/否, choices among their options, numbers in a
 * number field; a value that cannot match (from a document of format 1) is shown at its
 * field and blocks publishing until it is chosen again.
 */
class RuleEditorUiTest extends KaribuTest {

	private static final InputDefinition SUSPENDED = InputDefinition.of("suspended", "号码已停机", InputType.YES_NO, true);

	private static final InputDefinition PLAN = new InputDefinition("plan", "新套餐", InputType.CHOICE, true,
			List.of("畅享 99 元套餐", "畅享 129 元套餐"), List.of());

	private static final InputDefinition AMOUNT = InputDefinition.of("amount", "缴费金额", InputType.MONEY, true);

	@Autowired
	FlowDesignService flows;

	@Autowired
	StandardFlows standardFlows;

	String key;

	@BeforeEach
	void newFlow() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		standardFlows.install();
		key = Fixtures.unique("RULE_FLOW_").toUpperCase();
		flows.create(new NewFlowCommand(key, "规则测试流程", "测试"));
	}

	private void saveSteps(Decision decision) {
		Draft draft = flows.draft(key).orElseThrow();
		flows.saveDraft(key, draft.lockVersion(),
				new FlowDocument(FlowDocument.CURRENT_FORMAT, key, "规则测试流程", "测试", null, null, null,
						List.of(StepDefinition.of("check-status", "查询号码状态", "请稍等。")
							.withInputs(List.of(SUSPENDED, PLAN, AMOUNT))
							.withDecision(decision), StepDefinition.of("explain", "讲解变更内容", "新套餐下月生效。"))));
	}

	private FlowEditorView openEditor() {
		UI.getCurrent().navigate(FlowEditorView.class, new RouteParameters("key", key));
		return _get(FlowEditorView.class);
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_yes_no_rule_compared_with_the_word_shi_cannot_be_published_until_chosen_as_yes() {
		saveSteps(new Decision(List.of(new Decision.Rule(Condition.of("suspended", Operator.EQUALS, "是"),
				Target.call("BILL_PAYMENT", "explain"))), null));
		FlowEditorView editor = openEditor();
		assertThat(editor.publish.isEnabled()).isFalse();
		assertThat(GridKt._findAll(_get(ValidationPanel.class).issues)).extracting(ValidationIssue::code)
			.containsExactly(ValidationCode.VALUE_NOT_YES_NO);
		Select<Boolean> value = _get(Select.class, s -> s.withId("rule-0-value"));
		assertThat(value.isInvalid()).isTrue();
		assertThat(value.getErrorMessage()).isEqualTo(zh("flowdesign.editor.rule.valueCannotMatch", "是"));
		assertThat(value.getListDataView().getItems().map(value.getItemLabelGenerator()).toList()).containsExactly("是",
				"否");

		_setValue(value, true);
		assertThat(value.isInvalid()).isFalse();
		assertThat(editor.publish.isEnabled()).isTrue();
		_click(editor.save);
		assertThat(flows.draft(key).orElseThrow().document().steps().get(0).decision().rules().get(0).when())
			.isEqualTo(Condition.of("suspended", Operator.EQUALS, true));
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_new_rule_offers_inputs_by_their_questions_and_values_by_their_type() {
		saveSteps(null);
		FlowEditorView editor = openEditor();
		_click(_get(StepEditor.class).addRule);
		// where the branch leads is the designer's choice: until made, the draft cannot
		// be
		// published
		assertThat(editor.publish.isEnabled()).isFalse();
		assertThat(editor.validation.issues.getListDataView().getItems().map(ValidationIssue::code))
			.contains(ValidationCode.TARGET_STEP_NOT_CHOSEN);

		ComboBox<String> input = _get(ComboBox.class, s -> s.withId("rule-0-input"));
		assertThat(input.getValue()).isEqualTo("suspended");
		assertThat(input.getListDataView().getItems().map(input.getItemLabelGenerator()).toList())
			.containsExactly("号码已停机（查询号码状态）", "新套餐（查询号码状态）", "缴费金额（查询号码状态）");
		Select<Operator> operator = _get(Select.class, s -> s.withId("rule-0-operator"));
		assertThat(operator.getListDataView().getItems().toList()).containsExactly(Operator.EQUALS, Operator.NOT_EQUALS,
				Operator.ANSWERED, Operator.NOT_ANSWERED);
		assertThat(_get(Select.class, s -> s.withId("rule-0-value")).getValue()).isEqualTo(Boolean.TRUE);

		_setValue(input, "plan");
		Select<String> option = _get(Select.class, s -> s.withId("rule-0-value"));
		assertThat(option.getListDataView().getItems().toList()).containsExactly("畅享 99 元套餐", "畅享 129 元套餐");
		assertThat(option.getValue()).isEqualTo("畅享 99 元套餐");

		_setValue(_get(ComboBox.class, s -> s.withId("rule-0-input")), "amount");
		_setValue(_get(Select.class, s -> s.withId("rule-0-operator")), Operator.AT_LEAST);
		_setValue(_get(BigDecimalField.class, s -> s.withId("rule-0-value")), new BigDecimal("50"));
		_click(editor.save);
		assertThat(flows.draft(key).orElseThrow().document().steps().get(0).decision().rules().get(0).when())
			.isEqualTo(Condition.of("amount", Operator.AT_LEAST, new BigDecimal("50")));
	}

	@Test
	@SuppressWarnings("unchecked")
	void two_tests_combine_with_and_or_or_and_targets_read_as_titles_and_flow_names() {
		saveSteps(new Decision(List.of(new Decision.Rule(Condition.of("suspended", Operator.EQUALS, true),
				Target.call("BILL_PAYMENT", "explain"))), null));
		FlowEditorView editor = openEditor();
		ConditionEditor condition = _get(ConditionEditor.class);
		assertThat(condition.match.isVisible()).isFalse();
		_click(condition.addTest);
		condition = _get(ConditionEditor.class);
		assertThat(condition.match.isVisible()).isTrue();
		_setValue(condition.match, ConditionEditor.Match.ANY);
		_click(editor.save);
		assertThat(flows.draft(key).orElseThrow().document().steps().get(0).decision().rules().get(0).when().any())
			.hasSize(2);

		TargetEditor target = _get(TargetEditor.class, s -> s.withId("rule-0-target"));
		assertThat(target.flow.getItemLabelGenerator().apply("BILL_PAYMENT")).isEqualTo("缴费");
		assertThat(target.returnTo.getItemLabelGenerator().apply("explain")).isEqualTo("讲解变更内容");
	}

}
