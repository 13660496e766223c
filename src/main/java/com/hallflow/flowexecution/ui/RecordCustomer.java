package com.hallflow.flowexecution.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.CustomerGrade;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowexecution.RevealReason;
import com.hallflow.flowexecution.SessionRecord;
import com.hallflow.flowexecution.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Function;

/**
 * The customer on a service record: the name masked (张**) with a reveal of the full name
 * that asks why and is audited, the mobile number masked, the grade.
 */
class RecordCustomer extends Div {

	/**
	 * @param revealName the full name for the reason given (audited by the service)
	 */
	RecordCustomer(SessionRecord record, Function<RevealReason, String> revealName) {
		SessionSummary s = record.summary();
		setId("record-customer");
		addClassName("record-customer");
		add(new Span(getTranslation("flowexecution.record.customer", "")));
		if (s.customerNameMasked() != null) {
			Span masked = new Span(s.customerNameMasked());
			masked.setId("record-customer-name");
			Button reveal = revealButton(getTranslation("flowexecution.record.revealName"), "reveal-name");
			reveal.addClickListener(e -> new RevealDialog("flowexecution.record.revealName", reason -> {
				try {
					Span full = new Span(revealName.apply(reason));
					full.addClassName("revealed");
					full.setId("revealed-name");
					replace(masked, full);
					remove(reveal);
				}
				catch (BusinessException ex) {
					Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
				}
			}).open());
			add(masked, reveal);
		}
		if (s.mobileMasked() != null) {
			add(new Span(" " + s.mobileMasked()));
		}
		if (record.customerGrade() != null) {
			add(new Span(" " + getTranslation(CustomerGrade.valueOf(record.customerGrade()).messageKey())));
		}
	}

	/** Whether the record knows anything of the customer to show. */
	static boolean known(SessionRecord record) {
		SessionSummary s = record.summary();
		return s.customerNameMasked() != null || s.mobileMasked() != null || record.customerGrade() != null;
	}

	/** A small eye button that reveals a personal value. */
	static Button revealButton(String label, String id) {
		Button reveal = new Button(label, VaadinIcon.EYE.create());
		reveal.setId(id);
		reveal.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		return reveal;
	}

}
