package com.hallflow.flowdesign.ui;

import com.hallflow.base.TextHygiene.Kind;
import com.hallflow.flowdesign.CustomerField;
import com.hallflow.flowdesign.FlowTexts;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One input of a step in the designer: key (shown with the step's advanced settings),
 * question, type, required, options or signers, money limits, and which customer detail
 * it starts filled with. Only the customer details its type can hold are offered.
 */
class InputRow extends HorizontalLayout {

	final TextField key;

	InputRow(InputDefinition input, String id, Consumer<InputDefinition> onChange) {
		key = new TextField(getTranslation("flowdesign.editor.input.key"), nz(input.key()), "");
		TextField label = TextChecks.line(
				new TextField(getTranslation("flowdesign.editor.input.label"), nz(input.label()), ""),
				FlowTexts.LABEL_MOST);
		Select<InputType> type = new Select<>();
		type.setLabel(getTranslation("flowdesign.editor.input.type"));
		type.setItems(InputType.values());
		type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
		type.setValue(input.type());
		Checkbox required = new Checkbox(getTranslation("flowdesign.editor.input.required"), input.required());
		TextField options = new TextField(getTranslation(input.type() == InputType.SIGNATURE
				? "flowdesign.editor.input.parties" : "flowdesign.editor.input.options"));
		options.setHelperText(getTranslation("flowdesign.editor.input.listHelp"));
		options.setValue(String.join("，", input.type() == InputType.SIGNATURE ? input.parties() : input.options()));
		options.setVisible(input.type() == InputType.CHOICE || input.type() == InputType.SIGNATURE);
		options.setManualValidation(true);
		MoneyLimits limits = new MoneyLimits(input);
		limits.setVisible(input.type() == InputType.MONEY);
		limits.setIdPrefix(id);
		Select<CustomerField> context = new Select<>();
		context.setId(id + "-context");
		context.setLabel(getTranslation("flowdesign.editor.input.context"));
		context.setHelperText(getTranslation("flowdesign.editor.input.context.help"));
		context.setEmptySelectionAllowed(true);
		context.setEmptySelectionCaption(getTranslation("flowdesign.editor.input.context.none"));
		context.setItemLabelGenerator(f -> f == null ? getTranslation("flowdesign.editor.input.context.none")
				: getTranslation(f.messageKey()));
		offer(context, input.type());
		context.setValue(input.context());
		key.setId(id + "-key");
		label.setId(id + "-label");
		type.setId(id + "-type");
		options.setId(id + "-options");
		Runnable update = () -> {
			List<String> list = Arrays.stream(options.getValue().split("[,，、]"))
				.map(String::trim)
				.filter(s -> !s.isEmpty())
				.toList();
			InputType t = type.getValue();
			options.setVisible(t == InputType.CHOICE || t == InputType.SIGNATURE);
			int most = t == InputType.SIGNATURE ? FlowTexts.PARTY_MOST : FlowTexts.OPTION_MOST;
			TextChecks.mark(options,
					list.stream()
						.map(o -> TextChecks.message(options, o, Kind.LINE, most))
						.flatMap(Optional::stream)
						.findFirst());
			limits.setVisible(t == InputType.MONEY);
			CustomerField bound = context.getValue() != null && context.getValue().type() == t ? context.getValue()
					: null;
			onChange.accept(new InputDefinition(key.getValue().trim(), label.getValue(), t, required.getValue(),
					t == InputType.CHOICE ? list : List.of(), t == InputType.SIGNATURE ? list : List.of(),
					t == InputType.MONEY ? limits.most() : null, t == InputType.MONEY && limits.refunds(), bound));
		};
		limits.onChange(update);
		key.addValueChangeListener(e -> update.run());
		label.addValueChangeListener(e -> update.run());
		type.addValueChangeListener(e -> {
			offer(context, e.getValue());
			update.run();
		});
		required.addValueChangeListener(e -> update.run());
		options.addValueChangeListener(e -> update.run());
		context.addValueChangeListener(e -> update.run());
		add(key, label, type, required, options, limits, context);
		setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		setWrap(true);
	}

	/**
	 * Offers the customer details an input of this type can hold; hidden when there are
	 * none.
	 */
	private static void offer(Select<CustomerField> context, InputType type) {
		List<CustomerField> fitting = Arrays.stream(CustomerField.values()).filter(f -> f.type() == type).toList();
		CustomerField chosen = context.getValue();
		context.setItems(fitting);
		context.setValue(fitting.contains(chosen) ? chosen : null);
		context.setVisible(!fitting.isEmpty());
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
