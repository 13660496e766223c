package com.hallflow.flowdesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.hallflow.flowdesign.FlowTexts;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.ValidationCode;
import com.hallflow.flowdesign.ValidationIssue;
import org.junit.jupiter.api.Test;

/**
 * The step editor keeps the draft's text limits where they are typed: the browser takes
 * no more, and what comes anyway, or a hidden character pasted in, is named at the field
 * and blocks publishing; the draft save refuses it too.
 */
class TextLimitsUiTest extends SuspendedCheckEditorTest {

	@Test
	void the_script_field_takes_at_most_its_limit_and_names_the_limit_when_more_comes_anyway() {
		editor.select("explain");
		StepEditor step = _get(StepEditor.class);
		assertThat(step.script.getMaxLength()).isEqualTo(FlowTexts.SCRIPT_MOST);
		assertThat(step.title.getMaxLength()).isEqualTo(FlowTexts.TITLE_MOST);

		_setValue(step.script, "话".repeat(FlowTexts.SCRIPT_MOST + 1));

		assertThat(step.script.isInvalid()).isTrue();
		assertThat(step.script.getErrorMessage()).isEqualTo(zh("base.text.tooLong", "5000", "5001"));
		assertThat(editor.publish.isEnabled()).isFalse();
		_click(editor.save);
		assertThat(flows.draft(key).orElseThrow().document().steps()).extracting(StepDefinition::script)
			.containsExactly("请稍等。", "请先缴费。", "新套餐下月生效。");

		_setValue(step.script, "新套餐下月生效。");
		assertThat(step.script.isInvalid()).isFalse();
		assertThat(editor.publish.isEnabled()).isTrue();
	}

	@Test
	void a_hidden_direction_character_pasted_into_a_title_is_named_at_the_field_and_in_the_validation_panel() {
		editor.select("explain");
		StepEditor step = _get(StepEditor.class);

		_setValue(step.title, "讲解\u202E容内更变");

		assertThat(step.title.isInvalid()).isTrue();
		assertThat(step.title.getErrorMessage()).isEqualTo(zh("base.text.direction"));
		assertThat(editor.publish.isEnabled()).isFalse();
		assertThat(GridKt._findAll(editor.validation.issues)).filteredOn(ValidationIssue::isError)
			.extracting(ValidationIssue::code, i -> i.args().get(0))
			.containsExactly(tuple(ValidationCode.TEXT_DIRECTION, "讲解[U+202E]容内更变"));
	}

}
