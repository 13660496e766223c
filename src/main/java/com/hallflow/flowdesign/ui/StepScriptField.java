package com.hallflow.flowdesign.ui;

import com.hallflow.base.TextHygiene.Kind;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowTexts;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.Placeholders;
import com.hallflow.flowdesign.ScriptSnippet;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.ValidationCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What the clerk says at a step: a script from the library (read only here, and the field
 * says where it comes from and how to change it) or the step's own text, with the values
 * the counter fills in offered by name — a click adds the placeholder's code at the end
 * of the script.
 */
class StepScriptField extends VerticalLayout {

	final ComboBox<ScriptSnippet> library = new ComboBox<>();

	final TextArea script = new TextArea();

	/** The placeholders by name, each adding its code to the script. */
	final Div placeholders = new Div();

	private final BiConsumer<String, String> onChange;

	/**
	 * @param onChange receives the library script's key (or null) and the step's own text
	 * (or null) after every edit
	 */
	StepScriptField(FlowDocument flow, StepDefinition step, List<ScriptSnippet> snippets, FlowWords words,
			BiConsumer<String, String> onChange) {
		this.onChange = onChange;
		setPadding(false);
		setSpacing(false);
		library.setId("step-library");
		library.setLabel(getTranslation("flowdesign.editor.step.library"));
		library.setItems(snippets);
		library.setItemLabelGenerator(sn -> sn.title() + "（" + sn.key() + "）");
		library.setClearButtonVisible(true);
		// a chosen script's title and key are read whole
		library.setWidthFull();
		library.setMaxWidth("32rem");
		snippets.stream().filter(sn -> sn.key().equals(step.scriptRef())).findFirst().ifPresent(library::setValue);
		script.setId("step-script");
		script.setLabel(getTranslation("flowdesign.editor.step.script"));
		script.setMaxLength(FlowTexts.SCRIPT_MOST);
		script.setManualValidation(true);
		script.setWidthFull();
		script.setValue(step.scriptRef() == null ? nz(step.script())
				: library.getValue() == null ? "" : library.getValue().text());
		library.addValueChangeListener(e -> {
			ScriptSnippet chosen = e.getValue();
			script.setValue(chosen == null ? "" : chosen.text());
			showSource();
			onChange.accept(chosen == null ? null : chosen.key(), chosen == null ? script.getValue() : null);
		});
		showPlaceholderProblems();
		script.addValueChangeListener(e -> {
			showPlaceholderProblems();
			if (e.isFromClient() && library.getValue() == null) {
				onChange.accept(null, e.getValue());
			}
		});
		placeholders.setId("step-placeholders");
		placeholders.getStyle()
			.set("display", "flex")
			.set("flex-wrap", "wrap")
			.set("align-items", "center")
			.set("gap", "var(--lumo-space-xs)")
			.set("margin-top", "var(--lumo-space-xs)");
		Span insert = new Span(getTranslation("flowdesign.editor.placeholders"));
		insert.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		Tooltip.forComponent(insert).setText(getTranslation("flowdesign.editor.placeholders.help"));
		placeholders.add(insert);
		chips(flow, words).forEach(placeholders::add);
		showSource();
		add(library, script, placeholders);
	}

	/**
	 * One chip per value the counter fills: the session's, then each input of the flow.
	 */
	private List<Button> chips(FlowDocument flow, FlowWords words) {
		List<Button> chips = new ArrayList<>();
		names().forEach((code, nameKey) -> chips.add(chip(code, getTranslation(nameKey))));
		Set<String> inputKeys = new LinkedHashSet<>();
		for (StepDefinition step : flow.steps()) {
			step.inputs()
				.stream()
				.map(InputDefinition::key)
				.filter(k -> k != null && InputDefinition.KEY_PATTERN.matcher(k).matches())
				.forEach(inputKeys::add);
		}
		inputKeys.forEach(k -> chips.add(chip(Placeholders.INPUT_PREFIX + k, words.inputLabel(k))));
		return chips;
	}

	private Button chip(String name, String label) {
		String code = "{" + name + "}";
		Button chip = new Button(label, e -> {
			String text = script.getValue() + code;
			script.setValue(text);
			onChange.accept(null, text);
			script.focus();
		});
		chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		chip.addClassName("placeholder-chip");
		chip.getStyle()
			.set("background", "var(--lumo-contrast-5pct)")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("margin", "0");
		chip.setTooltipText(code);
		chip.getElement().setAttribute("data-placeholder", code);
		return chip;
	}

	/**
	 * A library script is read only here: the field says where it comes from, and the
	 * chips are off.
	 */
	private void showSource() {
		ScriptSnippet chosen = library.getValue();
		script.setReadOnly(chosen != null);
		script.setHelperText(
				chosen == null ? null : getTranslation("flowdesign.editor.step.fromLibrary", chosen.title()));
		placeholders.getChildren()
			.filter(Button.class::isInstance)
			.forEach(chip -> ((Button) chip).setEnabled(chosen == null));
	}

	/**
	 * A script too long or not clean, or a brace that does not make a placeholder, is an
	 * error at the script field.
	 */
	private void showPlaceholderProblems() {
		List<String> malformed = Placeholders.malformed(script.getValue());
		TextChecks.mark(script,
				TextChecks.message(script, script.getValue(), Kind.TEXT, FlowTexts.SCRIPT_MOST)
					.or(() -> malformed.stream()
						.findFirst()
						.map(m -> getTranslation(ValidationCode.PLACEHOLDER_MALFORMED.messageKey(), m))));
	}

	/**
	 * The placeholders filled from the session, in the order offered, with their names'
	 * keys.
	 */
	private static Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put(Placeholders.CUSTOMER_NAME, "flowdesign.editor.placeholder.customerName");
		names.put(Placeholders.CUSTOMER_MOBILE, "flowdesign.editor.placeholder.customerMobile");
		names.put(Placeholders.CUSTOMER_GRADE, "flowdesign.editor.placeholder.customerGrade");
		names.put(Placeholders.BRANCH_NAME, "flowdesign.editor.placeholder.branchName");
		names.put(Placeholders.BRANCH_ADDRESS, "flowdesign.editor.placeholder.branchAddress");
		names.put(Placeholders.STAFF_NAME, "flowdesign.editor.placeholder.staffName");
		names.put(Placeholders.TODAY, "flowdesign.editor.placeholder.today");
		return names;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
