package com.hallflow.flowexecution.ui;

import com.hallflow.base.ui.Dates;
import com.hallflow.flowexecution.RunningSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Style;

/**
 * Says that another clerk serves the session on screen, which is shown read-only, and
 * offers to take it over: only after a confirmation, since the clerk serving it can no
 * longer go on once it is taken.
 */
final class ServedByBanner extends Div {

	final Button takeOver;

	ServedByBanner(RunningSession now, Runnable onTakeOver) {
		setId("served-by-banner");
		Span text = new Span(
				getTranslation("flowexecution.run.servedBy", now.clerkDisplayName(), Dates.time(now.startedAt())));
		text.setId("served-by");
		takeOver = new Button(getTranslation("flowexecution.run.takeOver"), VaadinIcon.USER_CHECK.create(),
				e -> confirm(now, onTakeOver));
		takeOver.setId("run-take-over");
		takeOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(text, takeOver);
		getStyle().setDisplay(Style.Display.FLEX)
			.setAlignItems(Style.AlignItems.CENTER)
			.setFlexWrap(Style.FlexWrap.WRAP)
			.setGap("var(--lumo-space-m)")
			.setPadding("var(--lumo-space-s) var(--lumo-space-m)")
			.setBackground("var(--lumo-primary-color-10pct)")
			.setBorderRadius("var(--lumo-border-radius-l)")
			.setWidth("100%")
			.setBoxSizing(Style.BoxSizing.BORDER_BOX);
	}

	private void confirm(RunningSession now, Runnable onTakeOver) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("take-over-dialog");
		dialog.setHeader(getTranslation("flowexecution.run.takeOver.title"));
		dialog.setText(getTranslation("flowexecution.run.takeOver.text", now.clerkDisplayName()));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("base.action.cancel"));
		dialog.setConfirmText(getTranslation("flowexecution.run.takeOver.confirm"));
		dialog.addConfirmListener(e -> onTakeOver.run());
		dialog.open();
	}

}
