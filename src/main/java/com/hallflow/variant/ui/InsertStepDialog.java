package com.hallflow.variant.ui;

import com.hallflow.base.TextHygiene;
import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowTexts;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.StepKeys;
import com.hallflow.flowdesign.Target;
import com.hallflow.variant.OverlayChange;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A region's own step, inserted just before a step head office opened for it: its title,
 * script and checklist, and optionally one yes/no question whose "no" ends the run as the
 * region chooses (declined or not eligible); "yes" goes on to head office's step. Opened
 * on an insertion already made, it is filled in with it and the step keeps its key (and
 * what this dialog does not show, such as another sort of question from an import).
 */
class InsertStepDialog extends Dialog {

	private final Select<StepDefinition> before = new Select<>();

	private final TextField title = new TextField();

	private final TextArea script = new TextArea();

	private final TextArea checklist = new TextArea();

	private final Checkbox asks = new Checkbox();

	private final TextField question = new TextField();

	private final Select<Target.Outcome> onNo = new Select<>();

	private final FlowDocument effective;

	/** The step of the insertion edited, or null for a new one. */
	private final StepDefinition editing;

	private final Consumer<OverlayChange> onDone;

	/**
	 * @param editing the insertion to change, or null to make a new one
	 */
	InsertStepDialog(FlowDocument effective, OverlayChange editing, Consumer<OverlayChange> onDone) {
		this.effective = effective;
		this.editing = editing == null ? null : editing.insert();
		this.onDone = onDone;
		setId("overlay-insert-dialog");
		setHeaderTitle(getTranslation(OverlayChange.Op.INSERT_BEFORE.messageKey()));
		setWidth("40rem");
		before.setId("overlay-insert-before");
		before.setLabel(getTranslation("variant.editor.insertBefore"));
		before.setItems(effective.steps().stream().filter(StepDefinition::openBefore).toList());
		before.setItemLabelGenerator(StepDefinition::title);
		before.setHelperText(getTranslation("variant.editor.insertBeforeHelp"));
		title.setId("overlay-insert-title");
		title.setLabel(getTranslation("variant.editor.stepTitle"));
		title.setMaxLength(FlowTexts.TITLE_MOST);
		script.setId("overlay-insert-script");
		script.setLabel(getTranslation("variant.editor.script"));
		script.setMaxLength(FlowTexts.SCRIPT_MOST);
		checklist.setId("overlay-insert-checklist");
		checklist.setLabel(getTranslation("variant.editor.checklist"));
		checklist.setHelperText(getTranslation("variant.editor.checklistHelp"));
		asks.setId("overlay-insert-asks");
		asks.setLabel(getTranslation("variant.editor.asks"));
		question.setId("overlay-insert-question");
		question.setLabel(getTranslation("variant.editor.question"));
		question.setMaxLength(FlowTexts.LABEL_MOST);
		onNo.setId("overlay-insert-outcome");
		onNo.setLabel(getTranslation("variant.editor.onNo"));
		onNo.setItems(Target.Outcome.DECLINED, Target.Outcome.NOT_ELIGIBLE);
		onNo.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
		onNo.setValue(Target.Outcome.NOT_ELIGIBLE);
		question.setVisible(false);
		onNo.setVisible(false);
		asks.addValueChangeListener(e -> {
			question.setVisible(e.getValue());
			onNo.setVisible(e.getValue());
		});
		FormLayout form = new FormLayout(before, title, script, checklist, asks, question, onNo);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		add(form);
		if (editing != null) {
			fill(editing);
		}
		Button ok = new Button(
				getTranslation(editing == null ? "variant.editor.addChange" : "variant.editor.applyChange"),
				e -> done());
		ok.setId("overlay-insert-ok");
		ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), ok);
	}

	private void done() {
		StepDefinition at = before.getValue();
		if (at == null) {
			refuse(before, getTranslation("variant.editor.stepRequired"));
			return;
		}
		Optional<String> name = line(title, FlowTexts.TITLE_MOST, true);
		Optional<String> said = text(script);
		List<ChecklistItem> items = items();
		Optional<String> asked = asks.getValue() ? line(question, FlowTexts.LABEL_MOST, true) : Optional.of("");
		if (name.isEmpty() || said.isEmpty() || items == null || asked.isEmpty()) {
			return;
		}
		StepDefinition step = editing == null ? StepDefinition.of(
				StepKeys.fromTitle(name.get(), effective.steps().stream().map(StepDefinition::key).toList()),
				name.get(), null) : editing.withIdentity(editing.key(), name.get());
		if (editing == null || !said.get().equals(orEmpty(editing.script()))) {
			step = step.withScript(null, said.get().isEmpty() ? null : said.get());
		}
		step = step.withChecklist(items);
		if (asks.isVisible()) {
			step = asks.getValue() ? asking(step, asked.get(), at) : step.withInputs(List.of()).withDecision(null);
		}
		close();
		onDone.accept(OverlayChange.insertBefore(at.key(), step));
	}

	/**
	 * The one yes/no question: "no" ends the run as chosen, "yes" goes on to head
	 * office's step. An edited question keeps its input's key.
	 */
	private StepDefinition asking(StepDefinition step, String question, StepDefinition at) {
		String key = step.key();
		String input = yesNo(editing).map(InputDefinition::key)
			.orElse((key.length() > 60 ? key.substring(0, 60) : key).replace('-', '_') + "_ok");
		return step.withInputs(List.of(InputDefinition.of(input, question, InputType.YES_NO, true)))
			.withDecision(new Decision(
					List.of(new Decision.Rule(Decision.Condition.of(input, Decision.Operator.EQUALS, Boolean.FALSE),
							Target.end(onNo.getValue()))),
					Target.step(at.key())));
	}

	/** Fills the fields in with an insertion already made. */
	private void fill(OverlayChange change) {
		effective.step(change.step()).filter(StepDefinition::openBefore).ifPresent(before::setValue);
		title.setValue(orEmpty(editing.title()));
		script.setValue(orEmpty(editing.script()));
		checklist.setValue(String.join("\n", editing.checklist().stream().map(ChecklistItem::text).toList()));
		Optional<InputDefinition> question = yesNo(editing);
		if (question.isPresent()) {
			asks.setValue(true);
			this.question.setValue(orEmpty(question.get().label()));
			onNo.setValue(editing.decision().rules().get(0).then().outcome());
		}
		else if (!editing.inputs().isEmpty() || editing.decision() != null) {
			// a step made elsewhere (an import) asks what this dialog cannot show: kept
			// as is
			asks.setVisible(false);
		}
	}

	/**
	 * The yes/no question of a step this dialog made (its only input, "no" ending the run
	 * declined or not eligible); empty for a step without one or another sort of step.
	 */
	private static Optional<InputDefinition> yesNo(StepDefinition step) {
		if (step == null || step.inputs().size() != 1 || step.decision() == null
				|| step.decision().rules().size() != 1) {
			return Optional.empty();
		}
		InputDefinition input = step.inputs().get(0);
		Decision.Rule rule = step.decision().rules().get(0);
		Target.Outcome outcome = rule.then() == null ? null : rule.then().outcome();
		boolean fits = input.type() == InputType.YES_NO && rule.then() != null && rule.then().type() == Target.Type.END
				&& (outcome == Target.Outcome.DECLINED || outcome == Target.Outcome.NOT_ELIGIBLE) && rule.when() != null
				&& input.key().equals(rule.when().input());
		return fits ? Optional.of(input) : Optional.empty();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	/**
	 * One item per line, each to be ticked; an edited item keeps whether it must be. Null
	 * when a line is refused.
	 */
	private List<ChecklistItem> items() {
		List<ChecklistItem> items = new ArrayList<>();
		for (String typed : checklist.getValue().split("\n")) {
			String item = typed.strip();
			if (item.isEmpty()) {
				continue;
			}
			Optional<TextHygiene.Problem> problem = TextHygiene.problem(item, TextHygiene.Kind.LINE,
					FlowTexts.CHECKLIST_ITEM_MOST);
			if (problem.isPresent()) {
				refuse(checklist, getTranslation(problem.get().messageKey(), problem.get().arguments().toArray()));
				return null;
			}
			items.add(new ChecklistItem(item,
					editing == null || editing.checklist()
						.stream()
						.filter(i -> i.text().equals(item))
						.findFirst()
						.map(ChecklistItem::mandatory)
						.orElse(true)));
		}
		return items;
	}

	private Optional<String> line(TextField field, int most, boolean required) {
		String value = field.getValue().strip();
		if (value.isEmpty() && required) {
			refuse(field, getTranslation("variant.editor.textRequired"));
			return Optional.empty();
		}
		Optional<TextHygiene.Problem> problem = TextHygiene.problem(value, TextHygiene.Kind.LINE, most);
		problem.ifPresent(p -> refuse(field, getTranslation(p.messageKey(), p.arguments().toArray())));
		return problem.isPresent() ? Optional.empty() : Optional.of(value);
	}

	private Optional<String> text(TextArea field) {
		String value = field.getValue().strip();
		Optional<TextHygiene.Problem> problem = TextHygiene.problem(value, TextHygiene.Kind.TEXT,
				FlowTexts.SCRIPT_MOST);
		problem.ifPresent(p -> refuse(field, getTranslation(p.messageKey(), p.arguments().toArray())));
		return problem.isPresent() ? Optional.empty() : Optional.of(value);
	}

	private static void refuse(HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
	}

}
