package com.hallflow.variant.ui;

import com.hallflow.flowdesign.VersionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Function;

/**
 * Publishing the region's overlay with a change note; the note is asked here (a missing
 * one refused at the field, before anything is saved), and the service's refusal (with
 * every problem) is shown by the editor.
 */
class PublishOverlayDialog extends Dialog {

	final TextArea note = new TextArea();

	/**
	 * @param onPublish publishes with the note; true when it went through
	 */
	PublishOverlayDialog(String flowName, int hqVersion, Function<String, Boolean> onPublish) {
		setId("overlay-publish-dialog");
		setHeaderTitle(getTranslation("variant.publish.title"));
		setWidth("32rem");
		note.setId("overlay-publish-note");
		note.setLabel(getTranslation("variant.publish.note"));
		note.setMaxLength(VersionSummary.NOTE_MOST);
		note.setRequiredIndicatorVisible(true);
		note.setWidthFull();
		add(new Paragraph(getTranslation("variant.publish.explain", flowName, hqVersion)), note);
		Button publish = new Button(getTranslation("variant.publish.confirm"), e -> {
			// asked here, before the editor saves the draft: a missing note saves nothing
			if (note.getValue().isBlank()) {
				note.setErrorMessage(getTranslation("variant.publish.noteRequired"));
				note.setInvalid(true);
				return;
			}
			note.setInvalid(false);
			if (onPublish.apply(note.getValue())) {
				close();
			}
		});
		publish.setId("overlay-publish-confirm");
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), publish);
	}

}
