package com.hallflow.variant.ui;

import com.hallflow.base.Money;
import com.hallflow.base.TextHygiene;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowTexts;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayChange.Op;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One change to a step of the flow: replace or add to its script, add a checklist item,
 * add an option to a choice, set a money limit, hide it. For hiding, only the steps head
 * office marked optional and did not lock are offered; for an option only the steps with
 * a choice, for a limit only those with an amount (each said in words when there is
 * none); for the others every step is. Locked steps are offered with their lock: what
 * head office does not allow is refused next to the change, in words, not hidden from the
 * region admin. Opened on a change already made, it is filled in with it.
 */
class ChangeDialog extends Dialog {

	private final Op op;

	private final Select<StepDefinition> step = new Select<>();

	private final Select<InputDefinition> input = new Select<>();

	private final TextArea script = new TextArea();

	private final TextField line = new TextField();

	private final Checkbox mandatory = new Checkbox();

	private final TextField amount = new TextField();

	private final Consumer<OverlayChange> onDone;

	/** The change edited, or null for a new one. */
	private final OverlayChange editing;

	/**
	 * The dialog for a change of this kind: an insertion's or another's.
	 * @param editing the change to edit, or null to make a new one
	 */
	static Dialog of(Op op, FlowDocument effective, OverlayChange editing, Consumer<OverlayChange> onDone) {
		return op == Op.INSERT_BEFORE ? new InsertStepDialog(effective, editing, onDone)
				: new ChangeDialog(op, effective, editing, onDone);
	}

	private ChangeDialog(Op op, FlowDocument effective, OverlayChange editing, Consumer<OverlayChange> onDone) {
		this.op = op;
		this.onDone = onDone;
		this.editing = editing;
		setId("overlay-change-dialog");
		setHeaderTitle(getTranslation(op.messageKey()));
		setWidth("36rem");
		step.setId("overlay-change-step");
		step.setLabel(getTranslation("variant.editor.step"));
		List<StepDefinition> offered = effective.steps().stream().filter(s -> offers(op, s)).toList();
		step.setItems(offered);
		step.setItemLabelGenerator(
				s -> s.locked() ? getTranslation("variant.editor.lockedStep", s.title()) : s.title());
		step.addValueChangeListener(e -> inputsOf(e.getValue()));
		FormLayout form = new FormLayout(step);
		switch (op) {
			case HIDE_STEP -> step.setHelperText(getTranslation("variant.editor.hideHelp"));
			case ADD_OPTION -> step.setHelperText(getTranslation("variant.editor.optionHelp"));
			case SET_MONEY_LIMIT -> step.setHelperText(getTranslation("variant.editor.limitHelp"));
			default -> {
			}
		}
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		switch (op) {
			case REPLACE_SCRIPT, APPEND_SCRIPT -> {
				script.setId("overlay-change-text");
				script.setLabel(getTranslation(
						op == Op.REPLACE_SCRIPT ? "variant.editor.newScript" : "variant.editor.appendedScript"));
				script.setMaxLength(FlowTexts.SCRIPT_MOST);
				form.add(script);
			}
			case ADD_CHECKLIST_ITEM -> {
				line.setId("overlay-change-text");
				line.setLabel(getTranslation("variant.editor.itemText"));
				line.setMaxLength(FlowTexts.CHECKLIST_ITEM_MOST);
				mandatory.setId("overlay-change-mandatory");
				mandatory.setLabel(getTranslation("variant.editor.itemMandatory"));
				form.add(line, mandatory);
			}
			case ADD_OPTION, SET_MONEY_LIMIT -> {
				input.setId("overlay-change-input");
				input.setLabel(getTranslation("variant.editor.input"));
				input.setItemLabelGenerator(InputDefinition::label);
				if (op == Op.ADD_OPTION) {
					line.setId("overlay-change-text");
					line.setLabel(getTranslation("variant.editor.option"));
					line.setMaxLength(FlowTexts.OPTION_MOST);
					form.add(input, line);
				}
				else {
					amount.setId("overlay-change-amount");
					amount.setLabel(getTranslation("variant.editor.maxAmount"));
					form.add(input, amount);
				}
			}
			default -> {
			}
		}
		Button ok = new Button(
				getTranslation(editing == null ? "variant.editor.addChange" : "variant.editor.applyChange"),
				e -> done());
		ok.setId("overlay-change-ok");
		ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		if (offered.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation(switch (op) {
				case ADD_OPTION -> "variant.editor.noChoice";
				case SET_MONEY_LIMIT -> "variant.editor.noAmount";
				default -> "variant.editor.nothingToHide";
			}));
			none.setId("overlay-change-none");
			add(none);
			ok.setVisible(false);
		}
		else {
			add(form);
		}
		if (editing != null) {
			fill(editing, offered);
		}
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), ok);
	}

	/** Fills the fields in with a change already made. */
	private void fill(OverlayChange change, List<StepDefinition> offered) {
		offered.stream().filter(s -> s.key().equals(change.step())).findFirst().ifPresent(step::setValue);
		switch (op) {
			case REPLACE_SCRIPT, APPEND_SCRIPT -> script.setValue(orEmpty(change.text()));
			case ADD_CHECKLIST_ITEM -> {
				line.setValue(orEmpty(change.text()));
				mandatory.setValue(Boolean.TRUE.equals(change.mandatory()));
			}
			case ADD_OPTION, SET_MONEY_LIMIT -> {
				input.getListDataView()
					.getItems()
					.filter(i -> i.key().equals(change.input()))
					.findFirst()
					.ifPresent(input::setValue);
				if (op == Op.ADD_OPTION) {
					line.setValue(orEmpty(change.text()));
				}
				else if (change.maxAmount() != null) {
					amount.setValue(change.maxAmount().toPlainString());
				}
			}
			default -> {
			}
		}
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	/**
	 * Whether the step is offered for this kind of change: to hide, one head office
	 * marked optional and did not lock; for an option, one with a choice; for a limit,
	 * one with an amount; for the rest, every step.
	 */
	private static boolean offers(Op op, StepDefinition step) {
		return switch (op) {
			case HIDE_STEP -> step.optional() && !step.locked() && !step.holdsLocked();
			case ADD_OPTION, SET_MONEY_LIMIT -> !inputs(op, step).isEmpty();
			default -> true;
		};
	}

	private static List<InputDefinition> inputs(Op op, StepDefinition step) {
		InputType type = op == Op.ADD_OPTION ? InputType.CHOICE : InputType.MONEY;
		return step.inputs().stream().filter(i -> i.type() == type).toList();
	}

	/** The step's inputs of the kind changed; its only one is taken at once. */
	private void inputsOf(StepDefinition chosen) {
		List<InputDefinition> offered = chosen == null ? List.of() : inputs(op, chosen);
		input.setItems(offered);
		if (offered.size() == 1) {
			input.setValue(offered.get(0));
		}
	}

	private void done() {
		StepDefinition chosen = step.getValue();
		if (chosen == null) {
			refuse(step, getTranslation("variant.editor.stepRequired"));
			return;
		}
		Optional<OverlayChange> change = switch (op) {
			case REPLACE_SCRIPT -> text(script, TextHygiene.Kind.TEXT, FlowTexts.SCRIPT_MOST)
				.map(t -> OverlayChange.replaceScript(chosen.key(), t, replaced(chosen)));
			case APPEND_SCRIPT -> text(script, TextHygiene.Kind.TEXT, FlowTexts.SCRIPT_MOST)
				.map(t -> OverlayChange.appendScript(chosen.key(), t));
			case ADD_CHECKLIST_ITEM -> text(line, TextHygiene.Kind.LINE, FlowTexts.CHECKLIST_ITEM_MOST)
				.map(t -> OverlayChange.addChecklistItem(chosen.key(), t, mandatory.getValue()));
			case ADD_OPTION -> chosenInput().flatMap(i -> text(line, TextHygiene.Kind.LINE, FlowTexts.OPTION_MOST)
				.map(t -> OverlayChange.addOption(chosen.key(), i.key(), t)));
			case SET_MONEY_LIMIT -> chosenInput()
				.flatMap(i -> limit().map(most -> OverlayChange.setMoneyLimit(chosen.key(), i.key(), most)));
			case HIDE_STEP -> Optional.of(OverlayChange.hideStep(chosen.key()));
			case INSERT_BEFORE -> Optional.empty();
		};
		change.ifPresent(c -> {
			close();
			onDone.accept(c);
		});
	}

	/**
	 * Head office's script the replacement is made for: an edited replacement of the same
	 * step keeps the one it was made for (the step shows the replacement now).
	 */
	private String replaced(StepDefinition chosen) {
		if (editing != null && chosen.key().equals(editing.step()) && editing.replaces() != null) {
			return editing.replaces();
		}
		return chosen.script() == null ? "" : chosen.script();
	}

	private Optional<InputDefinition> chosenInput() {
		if (input.getValue() == null) {
			refuse(input, getTranslation("variant.editor.inputRequired"));
		}
		return Optional.ofNullable(input.getValue());
	}

	private Optional<BigDecimal> limit() {
		Money.Parsed parsed = Money.parse(amount.getValue(), Money.LIMIT, false);
		if (!parsed.ok() || parsed.amount() == null || parsed.amount().signum() <= 0) {
			refuse(amount, getTranslation(parsed.ok() ? "variant.editor.amountRequired" : parsed.problem(),
					Money.format(Money.LIMIT)));
			return Optional.empty();
		}
		return Optional.of(parsed.amount());
	}

	/** The typed text, kept as the service keeps it; refused at the field when not. */
	private Optional<String> text(HasValue<?, String> field, TextHygiene.Kind kind, int most) {
		String value = field.getValue() == null ? "" : field.getValue().strip();
		if (value.isEmpty()) {
			refuse((HasValidation) field, getTranslation("variant.editor.textRequired"));
			return Optional.empty();
		}
		Optional<TextHygiene.Problem> problem = TextHygiene.problem(value, kind, most);
		problem.ifPresent(p -> refuse((HasValidation) field, getTranslation(p.messageKey(), p.arguments().toArray())));
		return problem.isPresent() ? Optional.empty() : Optional.of(value);
	}

	private static void refuse(HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
	}

}
