package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.FlowTexts;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.NewFlowCommand;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Consumer;
import java.util.function.Function;

/** Key, name and category of a new flow (created empty, or as a copy). */
class NewFlowDialog extends Dialog {

	final TextField key = new TextField();

	final TextField name = new TextField();

	final TextField category = new TextField();

	final Button save = new Button();

	NewFlowDialog(String title, Function<NewFlowCommand, Draft> action, Consumer<String> onCreated) {
		setId("new-flow-dialog");
		setHeaderTitle(title);
		key.setId("new-flow-key");
		key.setLabel(getTranslation("flowdesign.flow.key"));
		key.setHelperText(getTranslation("flowdesign.flow.key.help"));
		key.setRequiredIndicatorVisible(true);
		key.setMaxLength(NewFlowCommand.KEY_MOST);
		name.setMaxLength(FlowTexts.NAME_MOST);
		category.setMaxLength(FlowTexts.CATEGORY_MOST);
		name.setId("new-flow-name");
		name.setLabel(getTranslation("flowdesign.flow.name"));
		name.setRequiredIndicatorVisible(true);
		category.setLabel(getTranslation("flowdesign.flow.category"));
		FormErrors errors = new FormErrors().bind("key", key).bind("name", name).bind("category", category);
		add(new FormLayout(key, name, category));
		save.setId("new-flow-save");
		save.setText(getTranslation("base.action.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(e -> {
			try {
				Draft draft = action.apply(new NewFlowCommand(key.getValue(), name.getValue(), category.getValue()));
				close();
				onCreated.accept(draft.key());
			}
			catch (BusinessException | ConstraintViolationException ex) {
				errors.show(ex, () -> {
				});
			}
		});
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), save);
	}

}
