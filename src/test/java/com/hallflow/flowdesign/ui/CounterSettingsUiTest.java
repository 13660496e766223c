package com.hallflow.flowdesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.CustomerField;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.TakesEffect;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/**
 * What the designer says about the counter: which customer detail an input starts filled
 * with, which steps only run when the flow is started on its own, and when the flow takes
 * effect.
 */
class CounterSettingsUiTest extends SuspendedCheckEditorTest {

	@Test
	@SuppressWarnings("unchecked")
	void an_input_offers_only_the_customer_details_its_type_can_hold() {
		editor.select("check");
		assertThat(_find(Select.class, s -> s.withId("editor-input-0-context")))
			.as("a yes/no holds no customer detail: nothing offered")
			.isEmpty();

		_setValue(_get(Select.class, s -> s.withId("editor-input-0-type")), InputType.MOBILE);
		Select<CustomerField> context = _get(Select.class, s -> s.withId("editor-input-0-context"));
		assertThat(context.getListDataView().getItems()).containsExactly(CustomerField.MOBILE);
		_setValue(context, CustomerField.MOBILE);
		assertThat(editor.history().steps().get(0).inputs().get(0).context()).isEqualTo(CustomerField.MOBILE);

		// a type that cannot hold it drops the binding, so nothing is filled with the
		// wrong kind
		_setValue(_get(Select.class, s -> s.withId("editor-input-0-type")), InputType.TEXT);
		assertThat(context.getListDataView().getItems()).containsExactly(CustomerField.NAME);
		assertThat(editor.history().steps().get(0).inputs().get(0).context()).isNull();
	}

	@Test
	void a_step_can_be_marked_to_run_only_when_the_flow_is_started_on_its_own() {
		editor.select("notice");
		_setValue(_get(Checkbox.class, s -> s.withId("step-standalone-only")), true);
		assertThat(editor.history().steps().get(1).standaloneOnly()).isTrue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_flow_names_when_it_takes_effect_for_the_receipt() {
		_click(_get(Button.class, s -> s.withId("flow-properties")));
		FlowPropertiesDialog dialog = _get(FlowPropertiesDialog.class);
		_setValue(dialog.takesEffect, TakesEffect.NEXT_MONTH);
		_click(dialog.apply);
		assertThat(editor.history().takesEffect()).isEqualTo(TakesEffect.NEXT_MONTH);
		assertThat(_find(TextField.class, s -> s.withId("flow-name"))).isEmpty();
	}

}
