package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowTexts;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.ScriptSnippet;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.StepKeys;
import com.hallflow.flowdesign.Target;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Edits one step. Every change produces a new {@link StepDefinition} for the editor view;
 * the form is rebuilt only when another step is selected or after undo, redo or reload.
 */
class StepEditor extends VerticalLayout {

	final TextField key = new TextField();

	final TextField title = new TextField();

	final ComboBox<ScriptSnippet> library;

	final TextArea script;

	final Checkbox mandatory = new Checkbox();

	final Checkbox noBack = new Checkbox();

	final Checkbox standaloneOnly = new Checkbox();

	final Checkbox promotionSlot = new Checkbox();

	final IntegerField maxOffers = new IntegerField();

	/** Head office's marks for the regions: locked, optional, open before. */
	final RegionalMarks marks;

	final Button addChecklistItem = new Button();

	final Button addInput = new Button();

	final Button addRule = new Button();

	final Details advanced = new Details();

	final List<TextField> inputKeys = new ArrayList<>();

	private StepDefinition step;

	private final Consumer<StepDefinition> onChange;

	private final Runnable rebuild;

	/**
	 * @param onChange receives the step after every edit
	 * @param rebuild called after rows were added or removed, so the form is built anew
	 */
	StepEditor(FlowDocument flow, StepDefinition step, List<ScriptSnippet> snippets, List<String> flowKeys,
			FlowWords words, Consumer<StepDefinition> onChange, Runnable rebuild) {
		this.step = step;
		this.onChange = onChange;
		this.rebuild = rebuild;
		setId("step-editor");
		setPadding(false);
		List<String> stepKeys = flow.steps().stream().map(StepDefinition::key).toList();

		key.setId("step-key");
		key.setLabel(getTranslation("flowdesign.editor.step.key"));
		key.setValue(nz(step.key()));
		key.setHelperText(getTranslation("flowdesign.editor.step.keyHelp"));
		key.addValueChangeListener(e -> {
			String wanted = e.getValue().trim();
			Optional<StepDefinition> owner = flow.steps()
				.stream()
				.filter(s -> s != step && wanted.equals(s.key()))
				.findFirst();
			boolean valid = StepDefinition.KEY_PATTERN.matcher(wanted).matches() && owner.isEmpty();
			key.setInvalid(!valid);
			key.setErrorMessage(valid ? null
					: owner.isPresent() ? getTranslation("flowdesign.editor.step.keyTaken", words.step(wanted))
							: getTranslation("flowdesign.editor.step.keyInvalid"));
			if (valid) {
				change(s -> s.withIdentity(wanted, s.title()));
			}
		});
		title.setId("step-title");
		TextChecks.line(title, FlowTexts.TITLE_MOST);
		title.setLabel(getTranslation("flowdesign.editor.step.title"));
		title.setValue(nz(step.title()));
		// a single input still named after the step (as a new one is) follows the step's
		// title, so a question does not stay called "判断分支"
		// so does a key the designer has not chosen (made from the old title): it is made
		// from the new one, and every branch to the step follows
		title.addValueChangeListener(e -> {
			boolean follows = this.step.inputs().size() == 1
					&& Objects.equals(this.step.inputs().get(0).label(), e.getOldValue());
			boolean newKey = !key.isInvalid() && StepKinds.keyMadeFor(this.step.key(), e.getOldValue());
			String nextKey = newKey
					? StepKeys.fromTitle(e.getValue(),
							stepKeys.stream().filter(k -> !Objects.equals(k, this.step.key())).toList())
					: this.step.key();
			change(s -> {
				StepDefinition renamed = s.withIdentity(nextKey, e.getValue());
				if (!follows) {
					return renamed;
				}
				InputDefinition only = s.inputs().get(0);
				return renamed
					.withInputs(List.of(new InputDefinition(only.key(), e.getValue(), only.type(), only.required(),
							only.options(), only.parties(), only.maxAmount(), only.refunds(), only.context())));
			});
			if (follows || !Objects.equals(nextKey, step.key())) {
				rebuild.run();
			}
		});

		StepScriptField scriptField = new StepScriptField(flow, step, snippets, words,
				(ref, text) -> change(s -> s.withScript(ref, text)));
		library = scriptField.library;
		script = scriptField.script;

		mandatory.setLabel(getTranslation("flowdesign.editor.step.mandatory"));
		mandatory.setValue(step.mandatory());
		noBack.setLabel(getTranslation("flowdesign.editor.step.noBack"));
		noBack.setValue(step.noBack());
		promotionSlot.setId("step-promotion");
		promotionSlot.setLabel(getTranslation("flowdesign.editor.step.promotionSlot"));
		promotionSlot.setValue(step.promotionSlot());
		mandatory.addValueChangeListener(e -> change(s -> s.withFlags(e.getValue(), s.noBack(), s.promotionSlot())));
		noBack.addValueChangeListener(e -> change(s -> s.withFlags(s.mandatory(), e.getValue(), s.promotionSlot())));
		promotionSlot.addValueChangeListener(e -> {
			maxOffers.setVisible(e.getValue());
			change(s -> s.withFlags(s.mandatory(), s.noBack(), e.getValue()));
		});
		maxOffers.setId("step-max-offers");
		maxOffers.setLabel(getTranslation("flowdesign.editor.step.maxOffers"));
		maxOffers
			.setHelperText(getTranslation("flowdesign.editor.step.maxOffersHelp", StepDefinition.DEFAULT_MAX_OFFERS));
		maxOffers.setMin(1);
		maxOffers.setMax(StepDefinition.MOST_OFFERS);
		maxOffers.setStepButtonsVisible(true);
		maxOffers.setValue(step.maxOffers());
		maxOffers.setVisible(step.promotionSlot());
		maxOffers.addValueChangeListener(e -> change(s -> s.withMaxOffers(e.getValue())));

		standaloneOnly.setId("step-standalone-only");
		standaloneOnly.setLabel(getTranslation("flowdesign.editor.step.standaloneOnly"));
		standaloneOnly.setTooltipText(getTranslation("flowdesign.editor.step.standaloneOnly.help"));
		standaloneOnly.setValue(step.standaloneOnly());
		standaloneOnly.addValueChangeListener(e -> change(s -> s.withStandaloneOnly(e.getValue())));
		// the flags wrap as whole labels on a narrow screen, never a word per line
		HorizontalLayout flags = new HorizontalLayout(mandatory, noBack, standaloneOnly, promotionSlot, maxOffers);
		flags.setAlignItems(Alignment.BASELINE);
		flags.setWrap(true);
		flags.setWidthFull();
		List.of(mandatory, noBack, standaloneOnly, promotionSlot)
			.forEach(flag -> flag.getStyle().set("white-space", "nowrap").set("flex-shrink", "0"));
		marks = new RegionalMarks(step, () -> this.step, this::change);
		title.setWidthFull();
		title.setMaxWidth("32rem");
		advanced.setSummaryText(getTranslation("flowdesign.editor.step.advanced"));
		advanced.add(key);
		advanced.setId("step-advanced");
		advanced.setOpened(key.isInvalid() || !StepDefinition.KEY_PATTERN.matcher(nz(step.key())).matches()
				|| step.inputs().stream().anyMatch(i -> !InputDefinition.KEY_PATTERN.matcher(nz(i.key())).matches()));
		// input keys are for import, export and the API: shown with the step key only
		advanced.addOpenedChangeListener(e -> inputKeys.forEach(f -> f.setVisible(e.isOpened())));
		add(title, scriptField, flags, marks, advanced);
		add(section("flowdesign.editor.checklist", checklistRows(), addChecklistItem,
				"flowdesign.editor.addChecklistItem",
				() -> withChecklist(append(this.step.checklist(), new ChecklistItem("", false)))));
		add(section("flowdesign.editor.inputs", inputRows(), addInput, "flowdesign.editor.addInput",
				() -> withInputs(append(this.step.inputs(),
						InputDefinition.of(StepKinds.freeInputKey(flow, "value"), "", InputType.TEXT, true)))));
		// a new rule leads nowhere until the designer says where: the validator asks, so
		// a
		// branch never silently ends the service
		add(section("flowdesign.editor.decision", decisionRows(flow, stepKeys, flowKeys, words), addRule,
				"flowdesign.editor.addRule",
				() -> withDecision(new Decision(append(decision().rules(),
						new Decision.Rule(firstInput(flow).map(k -> ConditionEditor.firstTest(words, k)).orElse(null),
								Target.step(null))),
						decision().otherwise()))));
	}

	private VerticalLayout section(String titleKey, List<Component> rows, Button add, String addKey, Runnable onAdd) {
		VerticalLayout section = new VerticalLayout(new H4(getTranslation(titleKey)));
		section.setPadding(false);
		section.setSpacing(false);
		rows.forEach(section::add);
		add.setText(getTranslation(addKey));
		add.setIcon(VaadinIcon.PLUS.create());
		add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		add.addClickListener(e -> {
			onAdd.run();
			rebuild.run();
		});
		section.add(add);
		return section;
	}

	private List<Component> checklistRows() {
		List<Component> rows = new ArrayList<>();
		for (int i = 0; i < step.checklist().size(); i++) {
			int index = i;
			ChecklistItem item = step.checklist().get(i);
			TextField text = TextChecks.line(new TextField(), FlowTexts.CHECKLIST_ITEM_MOST);
			text.setValue(nz(item.text()));
			text.setWidth("24rem");
			text.setAriaLabel(getTranslation("flowdesign.editor.checklistText"));
			Checkbox required = new Checkbox(getTranslation("flowdesign.editor.mandatoryItem"), item.mandatory());
			// 锁定: no region's overlay may hide the step holding it (not with an optional
			// step)
			Checkbox locked = new Checkbox(getTranslation("flowdesign.editor.lockedItem"), item.locked());
			locked.setId("checklist-locked-" + i);
			locked.setTooltipText(getTranslation("flowdesign.editor.lockedItem.help"));
			Runnable update = () -> withChecklist(replace(step.checklist(), index,
					new ChecklistItem(text.getValue(), required.getValue(), locked.getValue())));
			text.addValueChangeListener(e -> update.run());
			required.addValueChangeListener(e -> update.run());
			locked.addValueChangeListener(e -> {
				if (e.getValue() && step.optional()) {
					locked.setValue(false);
					locked.setErrorMessage(getTranslation("flowdesign.editor.step.optionalNotLocked"));
					locked.setInvalid(true);
				}
				else if (e.getValue() != step.checklist().get(index).locked()) {
					locked.setInvalid(false);
					update.run();
				}
			});
			rows.add(row(text, required, locked, remove(() -> withChecklist(without(step.checklist(), index)))));
		}
		return rows;
	}

	private List<Component> inputRows() {
		List<Component> rows = new ArrayList<>();
		for (int i = 0; i < step.inputs().size(); i++) {
			int index = i;
			InputRow row = new InputRow(step.inputs().get(i), "editor-input-" + i,
					changed -> withInputs(replace(step.inputs(), index, changed)));
			row.key.setVisible(advanced.isOpened());
			inputKeys.add(row.key);
			row.add(remove(() -> withInputs(without(step.inputs(), index))));
			rows.add(row);
		}
		return rows;
	}

	private List<Component> decisionRows(FlowDocument flow, List<String> stepKeys, List<String> flowKeys,
			FlowWords words) {
		List<Component> rows = new ArrayList<>();
		Decision decision = decision();
		for (int i = 0; i < decision.rules().size(); i++) {
			int index = i;
			Decision.Rule rule = decision.rules().get(i);
			Decision.Condition[] when = { rule.when() };
			TargetEditor[] then = new TargetEditor[1];
			Runnable update = () -> withDecision(
					new Decision(replace(decision().rules(), index, new Decision.Rule(when[0], then[0].value())),
							decision().otherwise()));
			ConditionEditor condition = new ConditionEditor("rule-" + index, rule.when(), step, flow, words, c -> {
				when[0] = c;
				update.run();
			}, rebuild);
			then[0] = new TargetEditor(rule.then(), stepKeys, flowKeys, words, t -> update.run());
			then[0].setIdPrefix("rule-" + index);
			Span heading = new Span(getTranslation("flowdesign.editor.rule.heading", index + 1));
			heading.addClassName("rule-heading");
			VerticalLayout box = new VerticalLayout(
					row(heading,
							remove(() -> withDecision(
									new Decision(without(decision().rules(), index), decision().otherwise())))),
					condition, then[0]);
			box.addClassName("rule-box");
			box.setPadding(false);
			rows.add(box);
		}
		Checkbox hasOtherwise = new Checkbox(getTranslation("flowdesign.editor.otherwise"),
				decision.otherwise() != null);
		TargetEditor otherwise = new TargetEditor(decision.otherwise(), stepKeys, flowKeys, words,
				t -> withDecision(new Decision(decision().rules(), t)));
		otherwise.setIdPrefix("otherwise");
		hasOtherwise.setId("otherwise-enabled");
		otherwise.setVisible(decision.otherwise() != null);
		hasOtherwise.addValueChangeListener(e -> {
			otherwise.setVisible(e.getValue());
			withDecision(new Decision(decision().rules(), e.getValue() ? otherwise.value() : null));
		});
		rows.add(hasOtherwise);
		rows.add(otherwise);
		return rows;
	}

	/** This step's first input, else the flow's first, for a new rule. */
	private Optional<String> firstInput(FlowDocument flow) {
		return Stream.concat(step.inputs().stream(), flow.steps().stream().flatMap(s -> s.inputs().stream()))
			.map(InputDefinition::key)
			.filter(k -> k != null && !k.isBlank())
			.findFirst();
	}

	private Decision decision() {
		return step.decision() == null ? new Decision(List.of(), null) : step.decision();
	}

	private void withChecklist(List<ChecklistItem> items) {
		change(s -> s.withChecklist(items));
	}

	private void withInputs(List<InputDefinition> inputs) {
		change(s -> s.withInputs(inputs));
	}

	private void withDecision(Decision decision) {
		Decision stored = decision.rules().isEmpty() && decision.otherwise() == null ? null : decision;
		change(s -> s.withDecision(stored));
	}

	private void change(UnaryOperator<StepDefinition> edit) {
		step = edit.apply(step);
		onChange.accept(step);
	}

	private Button remove(Runnable action) {
		Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
			action.run();
			rebuild.run();
		});
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		remove.setAriaLabel(getTranslation("base.action.delete"));
		return remove;
	}

	private static HorizontalLayout row(Component... components) {
		HorizontalLayout row = new HorizontalLayout(components);
		row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		row.setWrap(true);
		return row;
	}

	static <T> List<T> append(List<T> list, T item) {
		List<T> copy = new ArrayList<>(list);
		copy.add(item);
		return copy;
	}

	static <T> List<T> replace(List<T> list, int index, T item) {
		List<T> copy = new ArrayList<>(list);
		copy.set(index, item);
		return copy;
	}

	static <T> List<T> without(List<T> list, int index) {
		List<T> copy = new ArrayList<>(list);
		copy.remove(index);
		return copy;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
