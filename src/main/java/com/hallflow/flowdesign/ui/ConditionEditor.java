package com.hallflow.flowdesign.ui;

import com.hallflow.base.Translatable;
import com.hallflow.base.ui.Dates;
import com.hallflow.flowdesign.ConditionRules;
import com.hallflow.flowdesign.Decision.Condition;
import com.hallflow.flowdesign.Decision.Operator;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowTexts;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.ValidationCode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The "when" of one rule, typed by its inputs: the designer picks an input by its
 * question (this step's first), a comparison that suits its type and a value in a field
 * of that type — 是/否 for a yes/no question, exactly its options for a choice, a number
 * field, a date picker — so a value the counter can never store cannot be entered.
 * Several tests combine with 且 (all of) or 或 (any of). A value that cannot match (from an
 * older document) is shown as an error at its field.
 */
class ConditionEditor extends VerticalLayout {

	/** Whether the tests must all hold or one is enough. */
	enum Match implements Translatable {

		ALL, ANY;

		@Override
		public String messageKey() {
			return "flowdesign.editor.rule.match." + name();
		}

	}

	final Select<Match> match = new Select<>();

	final Button addTest = new Button();

	private final List<Condition> tests = new ArrayList<>();

	private final List<Condition> nested = new ArrayList<>();

	private final FlowWords words;

	private final Consumer<Condition> onChange;

	private final Runnable rebuild;

	/**
	 * @param idPrefix such as {@code rule-0}; the first test's fields are
	 * {@code rule-0-input}, {@code rule-0-operator}, {@code rule-0-value}, the next
	 * {@code rule-0-1-input} and so on
	 * @param onChange receives the condition after every edit
	 * @param rebuild called when the fields must change (another input, a test added)
	 */
	ConditionEditor(String idPrefix, Condition when, StepDefinition step, FlowDocument flow, FlowWords words,
			Consumer<Condition> onChange, Runnable rebuild) {
		this.words = words;
		this.onChange = onChange;
		this.rebuild = rebuild;
		setPadding(false);
		setSpacing(false);
		Match matching = when != null && !when.any().isEmpty() ? Match.ANY : Match.ALL;
		if (when != null && when.isGroup()) {
			when.members().forEach(c -> (c.isGroup() ? nested : tests).add(c));
		}
		else if (when != null) {
			tests.add(when);
		}
		List<String> inputKeys = inputKeys(step, flow);
		match.setId(idPrefix + "-match");
		match.setLabel(getTranslation("flowdesign.editor.rule.match"));
		match.setItems(Match.values());
		match.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
		match.setValue(matching);
		match.setVisible(tests.size() + nested.size() > 1);
		match.addValueChangeListener(e -> emit());
		add(match);
		for (int i = 0; i < tests.size(); i++) {
			add(testRow(i == 0 ? idPrefix : idPrefix + "-" + i, i, inputKeys));
		}
		for (Condition group : nested) {
			Span kept = new Span(getTranslation("flowdesign.editor.rule.nested", words.condition(group)));
			kept.addClassName("rule-nested");
			add(kept);
		}
		addTest.setId(idPrefix + "-add-test");
		addTest.setText(getTranslation("flowdesign.editor.rule.addTest"));
		addTest.setIcon(VaadinIcon.PLUS.create());
		addTest.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		addTest.setEnabled(!inputKeys.isEmpty());
		addTest.addClickListener(e -> {
			tests.add(firstTest(words, inputKeys.get(0)));
			emit();
			rebuild.run();
		});
		add(addTest);
	}

	/** This step's inputs first, then the others in the order of the flow. */
	private static List<String> inputKeys(StepDefinition step, FlowDocument flow) {
		List<String> keys = new ArrayList<>();
		step.inputs().stream().map(InputDefinition::key).filter(k -> k != null && !k.isBlank()).forEach(keys::add);
		flow.steps()
			.stream()
			.filter(s -> s != step)
			.flatMap(s -> s.inputs().stream())
			.map(InputDefinition::key)
			.filter(k -> k != null && !k.isBlank() && !keys.contains(k))
			.forEach(keys::add);
		return keys;
	}

	/** A new test of this input, with the value a designer most often means. */
	static Condition firstTest(FlowWords words, String inputKey) {
		InputDefinition input = words.input(inputKey).orElse(null);
		InputType type = input == null ? null : input.type();
		Operator operator = Operator.suitedTo(type).get(0);
		Object value = type == InputType.YES_NO ? Boolean.TRUE
				: type == InputType.CHOICE && !input.options().isEmpty() ? input.options().get(0) : null;
		return Condition.of(inputKey, operator, value);
	}

	private Component testRow(String id, int index, List<String> inputKeys) {
		Condition test = tests.get(index);
		Optional<InputDefinition> input = words.input(test.input());
		ComboBox<String> inputField = new ComboBox<>(getTranslation("flowdesign.editor.rule.input"));
		inputField.setId(id + "-input");
		inputField.setItems(inputKeys);
		inputField.setItemLabelGenerator(words::inputWithStep);
		inputField.setWidth("18rem");
		if (test.input() != null && inputKeys.contains(test.input())) {
			inputField.setValue(test.input());
		}
		else if (test.input() != null) {
			inputField.setInvalid(true);
			inputField.setErrorMessage(getTranslation("flowdesign.editor.rule.inputGone", test.input()));
		}
		inputField.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				tests.set(index, firstTest(words, e.getValue()));
				emit();
				rebuild.run();
			}
		});
		InputType type = input.map(InputDefinition::type).orElse(null);
		Select<Operator> operator = new Select<>();
		operator.setId(id + "-operator");
		operator.setLabel(getTranslation("flowdesign.editor.rule.operator"));
		List<Operator> suited = Operator.suitedTo(type);
		List<Operator> items = new ArrayList<>(suited);
		if (test.operator() != null && !items.contains(test.operator())) {
			items.add(test.operator());
		}
		operator.setItems(items);
		operator.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
		operator.setValue(test.operator());
		if (test.operator() != null && !suited.contains(test.operator())) {
			operator.setInvalid(true);
			operator.setErrorMessage(getTranslation("flowdesign.editor.rule.operatorUnsuited"));
		}
		operator.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				Condition now = tests.get(index);
				boolean valueBefore = now.operator() == null || now.operator().needsValue();
				tests.set(index,
						Condition.of(now.input(), e.getValue(), e.getValue().needsValue() ? now.value() : null));
				emit();
				if (valueBefore != e.getValue().needsValue()) {
					rebuild.run();
				}
			}
		});
		HorizontalLayout row = new HorizontalLayout(inputField, operator);
		row.addClassName("rule-test");
		row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		row.setWrap(true);
		if (test.operator() == null || test.operator().needsValue()) {
			Component value = valueField(id, index, input.orElse(null), test);
			row.add(value);
		}
		if (tests.size() + nested.size() > 1) {
			Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
				tests.remove(index);
				emit();
				rebuild.run();
			});
			remove.setId(id + "-remove");
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			remove.setAriaLabel(getTranslation("flowdesign.editor.rule.removeTest"));
			row.add(remove);
		}
		return row;
	}

	/**
	 * A field of the input's type; shows the stored value or, if it cannot match, says
	 * so.
	 */
	private Component valueField(String id, int index, InputDefinition input, Condition test) {
		InputType type = input == null ? InputType.TEXT : input.type();
		String label = getTranslation("flowdesign.editor.rule.value");
		Component field = switch (type == null ? InputType.TEXT : type) {
			case YES_NO -> {
				Select<Boolean> yesNo = new Select<>();
				yesNo.setLabel(label);
				yesNo.setItems(Boolean.TRUE, Boolean.FALSE);
				yesNo.setItemLabelGenerator(words::value);
				if (test.value() instanceof Boolean b) {
					yesNo.setValue(b);
				}
				yesNo.addValueChangeListener(e -> setValue(index, e.getValue(), yesNo));
				yield yesNo;
			}
			case CHOICE -> {
				Select<String> choice = new Select<>();
				choice.setLabel(label);
				choice.setItems(input.options());
				if (test.value() instanceof String option && input.options().contains(option)) {
					choice.setValue(option);
				}
				choice.addValueChangeListener(e -> setValue(index, e.getValue(), choice));
				yield choice;
			}
			case NUMBER, MONEY -> {
				BigDecimalField number = new BigDecimalField(label);
				if (test.value() instanceof BigDecimal n) {
					number.setValue(n);
				}
				number.addValueChangeListener(e -> setValue(index, e.getValue(), number));
				yield number;
			}
			case DATE -> {
				DatePicker date = Dates.picker(new DatePicker(label), getLocale());
				if (test.value() instanceof String text
						&& !ConditionRules.problem(input, Condition.of(input.key(), Operator.EQUALS, text))
							.isPresent()) {
					date.setValue(LocalDate.parse(text));
				}
				date.addValueChangeListener(
						e -> setValue(index, e.getValue() == null ? null : e.getValue().toString(), date));
				yield date;
			}
			default -> {
				TextField text = new TextField(label);
				text.setMaxLength(FlowTexts.VALUE_MOST);
				if (test.value() instanceof String s) {
					text.setValue(s);
				}
				text.addValueChangeListener(e -> setValue(index, e.getValue(), text));
				yield text;
			}
		};
		field.setId(id + "-value");
		if (input != null && input.type() != null && test.operator() != null && test.value() != null) {
			Optional<ValidationCode> problem = ConditionRules.problem(input, test);
			if (problem.isPresent() && problem.get() != ValidationCode.OPERATOR_NOT_FOR_TYPE
					&& field instanceof HasValidation invalid) {
				invalid.setInvalid(true);
				invalid.setErrorMessage(getTranslation("flowdesign.editor.rule.valueCannotMatch", test.valueText()));
			}
		}
		return field;
	}

	private void setValue(int index, Object value, HasValidation field) {
		field.setInvalid(false);
		Condition now = tests.get(index);
		tests.set(index, Condition.of(now.input(), now.operator(), value));
		emit();
	}

	/** The condition as edited: one test, or a group of all of them. */
	Condition value() {
		List<Condition> members = new ArrayList<>(tests);
		members.addAll(nested);
		if (members.size() == 1) {
			return members.get(0);
		}
		return match.getValue() == Match.ANY ? Condition.anyOf(members) : Condition.allOf(members);
	}

	private void emit() {
		onChange.accept(tests.isEmpty() && nested.isEmpty() ? null : value());
	}

}
