package com.hallflow.flowdesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.StepDefinition;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Head office marks steps and checklist items for the regions' overlays: locked,
 * optional, open before; a step regions may hide can be neither locked nor hold a locked
 * item.
 */
class RegionalMarksUiTest extends SuspendedCheckEditorTest {

	private StepDefinition notice() {
		return editor.history().steps().get(1);
	}

	@Test
	void the_three_marks_are_set_with_their_words_and_locked_refuses_optional_at_the_box() {
		editor.select("notice");
		RegionalMarks marks = _get(RegionalMarks.class);
		assertThat(marks.locked.getLabel()).isEqualTo("锁定（各地不可删改）");
		assertThat(marks.optional.getLabel()).isEqualTo("可选（各地可隐藏）");
		assertThat(marks.openBefore.getLabel()).isEqualTo("允许各地在此前插入步骤");
		assertThat(marks.locked.getHelperText()).isEqualTo(zh("flowdesign.editor.step.locked.help"));

		_setValue(marks.locked, true);
		_setValue(marks.openBefore, true);
		assertThat(notice().locked()).isTrue();
		assertThat(notice().openBefore()).isTrue();

		_setValue(marks.optional, true);
		assertThat(marks.optional.getValue()).as("the tick is taken back").isFalse();
		assertThat(marks.optional.isInvalid()).isTrue();
		assertThat(marks.optional.getErrorMessage()).isEqualTo(zh("flowdesign.editor.step.optionalNotLocked"));
		assertThat(notice().optional()).isFalse();

		_setValue(marks.locked, false);
		_setValue(marks.optional, true);
		assertThat(marks.optional.isInvalid()).isFalse();
		assertThat(notice().optional()).isTrue();
		assertThat(notice().locked()).isFalse();
		_setValue(marks.locked, true);
		assertThat(marks.locked.getErrorMessage()).isEqualTo(zh("flowdesign.editor.step.lockedNotOptional"));
		assertThat(notice().locked()).isFalse();
	}

	@Test
	void a_checklist_item_is_locked_at_its_row_and_keeps_its_text_and_mandatory_mark() {
		editor.select("notice");
		_click(_get(StepEditor.class).addChecklistItem);
		StepEditor step = _get(StepEditor.class);
		TextField text = _find(step, TextField.class).stream()
			.filter(t -> t.getAriaLabel().filter(zh("flowdesign.editor.checklistText")::equals).isPresent())
			.findFirst()
			.orElseThrow();
		_setValue(text, "留存证件复印件");
		_setValue(_get(step, Checkbox.class, s -> s.withLabel(zh("flowdesign.editor.mandatoryItem"))), true);
		Checkbox locked = _get(Checkbox.class, s -> s.withId("checklist-locked-0"));
		assertThat(locked.getLabel()).isEqualTo("锁定");
		_setValue(locked, true);
		assertThat(notice().checklist()).containsExactly(new ChecklistItem("留存证件复印件", true, true));

		_setValue(_get(Checkbox.class, s -> s.withId("step-optional")), true);
		assertThat(notice().optional()).as("a step holding a locked item cannot be hidden").isFalse();

		_setValue(locked, false);
		_setValue(_get(Checkbox.class, s -> s.withId("step-optional")), true);
		assertThat(notice().optional()).isTrue();
		_setValue(locked, true);
		assertThat(locked.isInvalid()).isTrue();
		assertThat(notice().checklist()).isEqualTo(List.of(new ChecklistItem("留存证件复印件", true, false)));
	}

}
