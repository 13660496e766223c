package com.hallflow.flowexecution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The guided screen's action bar: Abandon, Back and Next (also on Enter anywhere in the
 * screen); Next disables itself on click, so a second click is not sent while the first
 * is under way.
 */
final class RunActions extends HorizontalLayout {

	final Button back;

	final Button next;

	final Button abandon;

	RunActions(Component shortcutScope, Runnable onBack, Runnable onNext, Runnable onAbandon) {
		back = new Button(getTranslation("flowexecution.run.back"), VaadinIcon.ARROW_LEFT.create(), e -> onBack.run());
		back.setId("run-back");
		back.addThemeVariants(ButtonVariant.LUMO_LARGE);
		next = new Button(getTranslation("flowexecution.run.next"), VaadinIcon.ARROW_RIGHT.create(), e -> onNext.run());
		next.setId("run-next");
		next.setIconAfterText(true);
		next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
		next.addClickShortcut(Key.ENTER).listenOn(shortcutScope);
		next.setDisableOnClick(true);
		abandon = new Button(getTranslation("flowexecution.run.abandon"), e -> onAbandon.run());
		abandon.setId("run-abandon");
		abandon.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		add(abandon, back, next);
		addClassName("run-actions");
		setWidthFull();
		setJustifyContentMode(FlexComponent.JustifyContentMode.END);
	}

}
