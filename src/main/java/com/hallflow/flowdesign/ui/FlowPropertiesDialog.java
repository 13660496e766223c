package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowTexts;
import com.hallflow.flowdesign.TakesEffect;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The flow's own properties: name, category, description, icon and target handle time.
 */
class FlowPropertiesDialog extends Dialog {

	/**
	 * Icons that suit counter businesses; the counter's home shows them on the flow
	 * tiles.
	 */
	static final List<String> ICONS = List.of("MOBILE", "WALLET", "EXCHANGE", "CREDIT_CARD", "USERS", "KEY",
			"CLOSE_CIRCLE", "FILE_TEXT", "PHONE", "GIFT", "CLIPBOARD_CHECK", "USER_CARD");

	final TextField name = new TextField();

	final TextField category = new TextField();

	final TextArea description = new TextArea();

	final Select<String> icon = new Select<>();

	final IntegerField targetMinutes = new IntegerField();

	final Select<TakesEffect> takesEffect = new Select<>();

	final Button apply = new Button();

	FlowPropertiesDialog(FlowDocument flow, Consumer<FlowDocument> onApply) {
		setId("flow-properties-dialog");
		setHeaderTitle(getTranslation("flowdesign.editor.properties"));
		setWidth("34rem");
		name.setId("flow-name");
		name.setLabel(getTranslation("flowdesign.flow.name"));
		name.setRequiredIndicatorVisible(true);
		TextChecks.line(name, FlowTexts.NAME_MOST);
		name.setValue(flow.name() == null ? "" : flow.name());
		category.setLabel(getTranslation("flowdesign.flow.category"));
		TextChecks.line(category, FlowTexts.CATEGORY_MOST);
		category.setValue(flow.category() == null ? "" : flow.category());
		description.setLabel(getTranslation("flowdesign.flow.description"));
		TextChecks.text(description, FlowTexts.DESCRIPTION_MOST);
		description.setValue(flow.description() == null ? "" : flow.description());
		icon.setLabel(getTranslation("flowdesign.flow.icon"));
		icon.setItems(ICONS);
		icon.setEmptySelectionAllowed(true);
		icon.setRenderer(new ComponentRenderer<>(i -> VaadinIcon.valueOf(i).create()));
		if (flow.icon() != null && ICONS.contains(flow.icon())) {
			icon.setValue(flow.icon());
		}
		targetMinutes.setId("flow-target-minutes");
		targetMinutes.setLabel(getTranslation("flowdesign.flow.targetMinutes"));
		targetMinutes.setMin(1);
		targetMinutes.setMax(600);
		targetMinutes.setStepButtonsVisible(true);
		targetMinutes.setValue(flow.targetMinutes());
		takesEffect.setId("flow-takes-effect");
		takesEffect.setLabel(getTranslation("flowdesign.flow.takesEffect"));
		takesEffect.setHelperText(getTranslation("flowdesign.flow.takesEffect.help"));
		takesEffect.setItems(TakesEffect.values());
		takesEffect.setEmptySelectionAllowed(true);
		takesEffect.setEmptySelectionCaption(getTranslation("flowdesign.flow.takesEffect.none"));
		takesEffect.setItemLabelGenerator(
				t -> t == null ? getTranslation("flowdesign.flow.takesEffect.none") : getTranslation(t.messageKey()));
		takesEffect.setValue(flow.takesEffect());
		FormLayout form = new FormLayout(name, category, icon, targetMinutes, takesEffect, description);
		form.setColspan(description, 2);
		add(form);
		apply.setId("flow-properties-apply");
		apply.setText(getTranslation("flowdesign.editor.apply"));
		apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		apply.addClickListener(e -> {
			boolean badMinutes = targetMinutes.isInvalid() || targetMinutes.getValue() != null
					&& (targetMinutes.getValue() < 1 || targetMinutes.getValue() > 600);
			if (name.getValue().isBlank()) {
				TextChecks.mark(name, Optional.of(getTranslation("flowdesign.flow.name.required")));
			}
			targetMinutes.setErrorMessage(badMinutes ? getTranslation("flowdesign.flow.targetMinutes.range") : null);
			targetMinutes.setInvalid(badMinutes);
			if (name.isInvalid() || category.isInvalid() || description.isInvalid() || badMinutes) {
				return;
			}
			onApply.accept(new FlowDocument(flow.formatVersion(), flow.key(), name.getValue().trim(),
					blankToNull(category.getValue()), blankToNull(description.getValue()), icon.getValue(),
					targetMinutes.getValue(), takesEffect.getValue(), flow.steps()));
			close();
		});
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), apply);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
