package com.hallflow.flowdesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.FlowValidator;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.ValidationCode;
import com.hallflow.flowdesign.ValidationIssue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The designer sets what a money input takes; a limit that cannot be one is refused. */
class MoneyLimitsUiTest extends SuspendedCheckEditorTest {

	@Test
	void a_money_input_takes_a_limit_and_refunds_and_an_unusable_limit_is_refused_where_it_is_typed() {
		editor.select("check");
		@SuppressWarnings("unchecked")
		Select<InputType> type = _get(Select.class, s -> s.withId("editor-input-0-type"));
		_setValue(type, InputType.MONEY);
		TextField most = _get(TextField.class, s -> s.withId("editor-input-0-max-amount"));
		assertThat(most.isVisible()).isTrue();

		_setValue(most, "5,000");
		assertThat(most.isInvalid()).isTrue();
		assertThat(most.getErrorMessage())
			.isEqualTo(zh("flowdesign.editor.input.maxAmountInvalid", "¥10,000,000,000.00"));
		assertThat(input().maxAmount()).as("not applied").isNull();

		_setValue(most, "５０００");
		_setValue(_get(Checkbox.class, s -> s.withId("editor-input-0-refunds")), true);
		assertThat(input().maxAmount()).isEqualByComparingTo("5000");
		assertThat(input().refundsAllowed()).isTrue();
	}

	@Test
	void the_validator_refuses_a_limit_the_field_would_not_take() {
		InputDefinition odd = InputDefinition.of("amount", "缴费金额", InputType.MONEY, true)
			.withMoneyLimits(new BigDecimal("0.001"), false);
		List<ValidationIssue> issues = new FlowValidator(Map.of()).validate(editor.history()
			.withSteps(List.of(editor.history().steps().get(0).withInputs(List.of(odd)).withDecision(null))));
		assertThat(issues).extracting(ValidationIssue::code).contains(ValidationCode.MAX_AMOUNT_INVALID);
		assertThat(issues).filteredOn(i -> i.code() == ValidationCode.MAX_AMOUNT_INVALID)
			.extracting(i -> i.args().get(0))
			.containsExactly("缴费金额");
	}

	private InputDefinition input() {
		return editor.history().steps().get(0).inputs().get(0);
	}

}
