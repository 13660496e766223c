package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.StepDefinition;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Head office's marks on a step for the regions' overlays (docs/flow-format.md): locked,
 * optional, open before. A locked step, or one holding a locked checklist item, can never
 * be hidden, so it cannot be optional: ticking one while the other holds is refused at
 * the box, which stays unticked and says why.
 */
class RegionalMarks extends HorizontalLayout {

	final Checkbox locked = new Checkbox();

	final Checkbox optional = new Checkbox();

	final Checkbox openBefore = new Checkbox();

	private final Supplier<StepDefinition> current;

	private final Consumer<UnaryOperator<StepDefinition>> change;

	/** Set while a refused tick is taken back, so that taking it back changes nothing. */
	private boolean refusing;

	/**
	 * @param current the step as edited now
	 * @param change applies an edit to the step
	 */
	RegionalMarks(StepDefinition step, Supplier<StepDefinition> current,
			Consumer<UnaryOperator<StepDefinition>> change) {
		this.current = current;
		this.change = change;
		setId("step-regional-marks");
		setWrap(true);
		setWidthFull();
		setAlignItems(Alignment.BASELINE);
		mark(locked, "step-locked", "flowdesign.editor.step.locked", step.locked());
		mark(optional, "step-optional", "flowdesign.editor.step.optional", step.optional());
		mark(openBefore, "step-open-before", "flowdesign.editor.step.openBefore", step.openBefore());
		locked.addValueChangeListener(e -> {
			if (!refusing) {
				set(locked, e.getValue() && current.get().optional(), "flowdesign.editor.step.lockedNotOptional",
						s -> s.withRegionalMarks(e.getValue(), s.optional(), s.openBefore()));
			}
		});
		optional.addValueChangeListener(e -> {
			if (!refusing) {
				set(optional, e.getValue() && current.get().holdsLocked(), "flowdesign.editor.step.optionalNotLocked",
						s -> s.withRegionalMarks(s.locked(), e.getValue(), s.openBefore()));
			}
		});
		openBefore.addValueChangeListener(
				e -> change.accept(s -> s.withRegionalMarks(s.locked(), s.optional(), e.getValue())));
		add(locked, optional, openBefore);
	}

	private void mark(Checkbox box, String id, String key, boolean value) {
		box.setId(id);
		box.setLabel(getTranslation(key));
		box.setHelperText(getTranslation(key + ".help"));
		box.setValue(value);
		box.setMaxWidth("20rem");
	}

	/** Applies the edit, or, when {@code refused}, takes the tick back and says why. */
	private void set(Checkbox box, boolean refused, String refusalKey, UnaryOperator<StepDefinition> edit) {
		List.of(locked, optional).forEach(b -> b.setInvalid(false));
		if (refused) {
			refusing = true;
			box.setValue(false);
			refusing = false;
			box.setErrorMessage(getTranslation(refusalKey));
			box.setInvalid(true);
			return;
		}
		change.accept(edit);
	}

}
