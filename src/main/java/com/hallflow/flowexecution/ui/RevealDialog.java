package com.hallflow.flowexecution.ui;

import com.hallflow.flowexecution.RevealReason;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;

/**
 * Asked before a full personal number or name is shown: why, from a short list, and that
 * the look is recorded (who, when, why).
 */
class RevealDialog extends Dialog {

	final RadioButtonGroup<RevealReason> reason = new RadioButtonGroup<>();

	final Button show = new Button();

	/**
	 * @param titleKey what is shown, e.g. 查看完整证件号
	 */
	RevealDialog(String titleKey, Consumer<RevealReason> onShow) {
		setId("reveal-dialog");
		setHeaderTitle(getTranslation(titleKey));
		Paragraph recorded = new Paragraph(getTranslation("flowexecution.reveal.recorded"));
		reason.setId("reveal-reason");
		reason.setLabel(getTranslation("flowexecution.reveal.reason"));
		reason.setItems(RevealReason.values());
		reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
		reason.addThemeName("vertical");
		show.setId("reveal-confirm");
		show.setText(getTranslation("flowexecution.reveal.show"));
		show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		show.setEnabled(false);
		reason.addValueChangeListener(e -> show.setEnabled(e.getValue() != null));
		show.addClickListener(e -> {
			close();
			onShow.accept(reason.getValue());
		});
		Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());
		cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		add(recorded, reason);
		getFooter().add(cancel, show);
	}

}
