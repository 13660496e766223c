package com.hallflow.flowexecution.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/** Marks a practice session wherever it shows, so nobody mistakes it for real service. */
final class PracticeBadge {

	private PracticeBadge() {
	}

	static Span create() {
		Span badge = new Span(UI.getCurrent().getTranslation("flowexecution.practice.badge"));
		badge.getElement().getThemeList().add("badge contrast");
		badge.addClassName("practice-badge");
		return badge;
	}

}
