package com.hallflow.flowexecution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;

/**
 * Asks why a session is abandoned: a common reason from the list, with the clerk's own
 * words.
 */
class AbandonDialog extends Dialog {

	final Select<AbandonReason> reason = new Select<>();

	final TextField details = new TextField();

	/**
	 * @param onConfirm abandons with the reason; returns an error message to show, or
	 * null when done
	 */
	AbandonDialog(Function<String, String> onConfirm) {
		setId("abandon-dialog");
		setHeaderTitle(getTranslation("flowexecution.abandon.title"));
		reason.setId("abandon-reason");
		reason.setLabel(getTranslation("flowexecution.abandon.reason"));
		reason.setItems(AbandonReason.values());
		reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
		reason.setRequiredIndicatorVisible(true);
		details.setId("abandon-details");
		details.setLabel(getTranslation("flowexecution.abandon.details"));
		details.setMaxLength(400);
		add(new FormLayout(reason, details));
		Button confirm = new Button(getTranslation("flowexecution.abandon.confirm"), e -> confirm(onConfirm));
		confirm.setId("abandon-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), confirm);
	}

	private void confirm(Function<String, String> onConfirm) {
		AbandonReason chosen = reason.getValue();
		String words = details.getValue().trim();
		if (chosen == null || chosen == AbandonReason.OTHER && words.isEmpty()) {
			reason.setErrorMessage(getTranslation("flowexecution.abandon.reason.required"));
			reason.setInvalid(true);
			return;
		}
		String text = chosen == AbandonReason.OTHER ? words : words.isEmpty() ? getTranslation(chosen.messageKey())
				: getTranslation("flowexecution.abandon.reasonWithDetails", getTranslation(chosen.messageKey()), words);
		String error = onConfirm.apply(text);
		if (error == null) {
			close();
		}
		else {
			details.setErrorMessage(error);
			details.setInvalid(true);
		}
	}

}
