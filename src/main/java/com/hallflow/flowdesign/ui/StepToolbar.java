package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.ScriptSnippet;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.StepKeys;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The step list's toolbar in the draft editor: add a step of a kind or from the script
 * library, move the selected step up or down, duplicate it or delete it (the editor asks
 * first).
 */
class StepToolbar extends HorizontalLayout {

	final Select<StepKinds> addStep = new Select<>();

	final ComboBox<ScriptSnippet> addFromLibrary = new ComboBox<>();

	final Button moveUp = new Button(VaadinIcon.ARROW_UP.create());

	final Button moveDown = new Button(VaadinIcon.ARROW_DOWN.create());

	final Button duplicate = new Button(VaadinIcon.COPY.create());

	final Button delete = new Button(VaadinIcon.TRASH.create());

	/**
	 * @param document the draft as it stands, for free step keys
	 * @param selected the step selected in the list, if any
	 * @param insert adds a step after the selected one
	 * @param move moves the selected step by this many places
	 * @param delete asks whether to delete this step
	 */
	StepToolbar(List<ScriptSnippet> snippets, Supplier<FlowDocument> document,
			Supplier<Optional<StepDefinition>> selected, Consumer<StepDefinition> insert, IntConsumer move,
			Consumer<StepDefinition> delete) {
		addStep.setId("step-add");
		addStep.setPlaceholder(getTranslation("flowdesign.editor.addStep"));
		addStep.setItems(StepKinds.values());
		addStep.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
		// as wide as the step list below, so their prompts are read whole
		addStep.setWidthFull();
		addStep.addValueChangeListener(e -> {
			if (e.getValue() != null) {
				insert.accept(e.getValue().create(document.get(), getTranslation(e.getValue().messageKey())));
				addStep.clear();
			}
		});
		addFromLibrary.setId("step-add-library");
		addFromLibrary.setPlaceholder(getTranslation("flowdesign.editor.addFromLibrary"));
		addFromLibrary.setItems(snippets);
		addFromLibrary.setItemLabelGenerator(ScriptSnippet::title);
		addFromLibrary.setWidthFull();
		addFromLibrary.addValueChangeListener(e -> {
			if (e.getValue() != null) {
				ScriptSnippet snippet = e.getValue();
				insert.accept(StepDefinition.of(StepKinds.freeKey(document.get(), snippet.key()), snippet.title(), null)
					.withScript(snippet.key(), null));
				addFromLibrary.clear();
			}
		});
		button(moveUp, "step-up", "flowdesign.editor.moveUp").addClickListener(e -> move.accept(-1));
		button(moveDown, "step-down", "flowdesign.editor.moveDown").addClickListener(e -> move.accept(1));
		// a copy keeps what the clerk says and checks, but not input keys (unique per
		// flow) nor branches
		button(duplicate, "step-duplicate", "flowdesign.editor.duplicate").addClickListener(e -> selected.get()
			.ifPresent(s -> insert.accept(s
				.withIdentity(StepKeys.fromTitle(s.title(),
						document.get().steps().stream().map(StepDefinition::key).toList()), s.title())
				.withInputs(List.of())
				.withDecision(null))));
		button(this.delete, "step-delete", "base.action.delete")
			.addClickListener(e -> selected.get().ifPresent(delete));
		this.delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		add(addStep, addFromLibrary, moveUp, moveDown, duplicate, this.delete);
		setWrap(true);
	}

	/** Whether a step is selected: the step actions are enabled only then. */
	void stepSelected(boolean any) {
		for (Button b : List.of(moveUp, moveDown, duplicate, delete)) {
			b.setEnabled(any);
		}
	}

	private Button button(Button button, String id, String labelKey) {
		button.setId(id);
		button.setAriaLabel(getTranslation(labelKey));
		button.setTooltipText(getTranslation(labelKey));
		return button;
	}

}
