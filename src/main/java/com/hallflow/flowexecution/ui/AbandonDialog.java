package com.hallflow.flowexecution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;

/** Asks why a session is abandoned: a common reason from the list, with the clerk's own words. */
class AbandonDialog extends Dialog {

    static final List<String> REASONS = List.of("customerLeft", "missingDocuments", "systemDown", "wrongBusiness",
            "other");

    final Select<String> reason = new Select<>();
    final TextField details = new TextField();

    /** @param onConfirm abandons with the reason; returns an error message to show, or null when done */
    AbandonDialog(Function<String, String> onConfirm) {
        setId("abandon-dialog");
        setHeaderTitle(getTranslation("flowexecution.abandon.title"));
        reason.setId("abandon-reason");
        reason.setLabel(getTranslation("flowexecution.abandon.reason"));
        reason.setItems(REASONS);
        reason.setItemLabelGenerator(r -> getTranslation("flowexecution.abandon.reason." + r));
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
        String chosen = reason.getValue();
        String words = details.getValue().trim();
        if (chosen == null || "other".equals(chosen) && words.isEmpty()) {
            Select<String> field = reason;
            field.setErrorMessage(getTranslation("flowexecution.abandon.reason.required"));
            field.setInvalid(true);
            return;
        }
        String text = "other".equals(chosen) ? words
                : words.isEmpty() ? getTranslation("flowexecution.abandon.reason." + chosen)
                : getTranslation("flowexecution.abandon.reasonWithDetails",
                        getTranslation("flowexecution.abandon.reason." + chosen), words);
        String error = onConfirm.apply(text);
        if (error == null) {
            close();
        } else {
            details.setErrorMessage(error);
            details.setInvalid(true);
        }
    }
}
