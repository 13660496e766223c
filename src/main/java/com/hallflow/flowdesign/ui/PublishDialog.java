package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.VersionSummary;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.Dates;
import com.hallflow.base.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Publishing: a change note, confirmation, optionally a later start in Beijing time, and
 * optionally staged: the version then reaches branches only as its rollout plans
 * (decision 0027).
 */
class PublishDialog extends Dialog {

	/** Publishes with the note, the later start (null: now) and whether it is staged. */
	@FunctionalInterface
	interface Action {

		int publish(String note, Instant effectiveFrom, boolean staged);

	}

	final TextArea note = new TextArea();

	final Checkbox scheduled = new Checkbox();

	final DateTimePicker effectiveFrom = new DateTimePicker();

	final Checkbox staged = new Checkbox();

	final Button publish = new Button();

	final UnorderedList warnings = new UnorderedList();

	/**
	 * @param notes what to note before publishing (paths not test-run, changed paths);
	 * never a block
	 */
	PublishDialog(String flowName, List<String> notes, Action action, IntConsumer onPublished) {
		setId("publish-dialog");
		setHeaderTitle(getTranslation("flowdesign.publish.title", flowName));
		setWidth("32rem");
		note.setId("publish-note");
		note.setLabel(getTranslation("flowdesign.publish.note"));
		note.setRequiredIndicatorVisible(true);
		note.setMaxLength(VersionSummary.NOTE_MOST);
		note.setWidthFull();
		scheduled.setLabel(getTranslation("flowdesign.publish.scheduled"));
		effectiveFrom.setLabel(getTranslation("flowdesign.publish.effectiveFrom"));
		Dates.picker(effectiveFrom, getLocale());
		effectiveFrom.setHelperText(getTranslation("flowdesign.publish.beijingTime"));
		effectiveFrom.setVisible(false);
		scheduled.addValueChangeListener(e -> effectiveFrom.setVisible(e.getValue()));
		staged.setId("publish-staged");
		staged.setLabel(getTranslation("flowdesign.publish.staged"));
		staged.setHelperText(getTranslation("flowdesign.publish.stagedHelp"));
		FormErrors errors = new FormErrors().bind("changeNote", note);
		add(new Paragraph(getTranslation("flowdesign.publish.explain")));
		if (!notes.isEmpty()) {
			warnings.setId("publish-warnings");
			notes.forEach(n -> {
				ListItem note = new ListItem(n);
				// one path per line
				note.getStyle().set("white-space", "pre-line").set("line-height", "var(--lumo-line-height-s)");
				warnings.add(note);
			});
			Div box = new Div(new Span(getTranslation("flowdesign.publish.warnings")), warnings);
			box.addClassName("publish-warnings");
			box.getElement().getThemeList().add("badge warning");
			box.getStyle().set("display", "block").set("white-space", "normal").set("padding", "var(--lumo-space-s)");
			add(box);
		}
		add(note, scheduled, effectiveFrom, staged);
		publish.setId("publish-confirm");
		publish.setText(getTranslation("flowdesign.publish.confirm"));
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		publish.addClickListener(e -> {
			try {
				Instant at = scheduled.getValue() && effectiveFrom.getValue() != null
						? effectiveFrom.getValue().atZone(ClockConfiguration.BUSINESS_ZONE).toInstant() : null;
				int number = action.publish(note.getValue(), at, staged.getValue());
				close();
				onPublished.accept(number);
			}
			catch (BusinessException ex) {
				errors.show(ex, this::close);
			}
		});
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), publish);
	}

}
