package com.hallflow.shell.ui;

import com.hallflow.insight.Figures;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * A day's figures as labelled cards (the dashboard's card style): each card says in words
 * what it counts, and a figure that cannot be had yet says so instead of showing a dash.
 */
class DayFigures extends Div {

	/**
	 * @param prefix starts the id of every number, e.g. {@code home-branch} gives
	 * {@code home-branch-completed}
	 */
	DayFigures(String prefix, Figures figures, long offered, long accepted) {
		setId(prefix + "-figures");
		addClassName("insight-summary");
		add(card(prefix + "-sessions", "shell.home.figure.sessions", Long.toString(figures.sessions())),
				card(prefix + "-completed", "shell.home.figure.completed", Long.toString(figures.completed())),
				card(prefix + "-abandoned", "shell.home.figure.abandoned", Long.toString(figures.abandoned())),
				card(prefix + "-average", "shell.home.figure.average", duration(figures.averageSeconds())),
				card(prefix + "-offered", "shell.home.figure.offered", Long.toString(offered)),
				card(prefix + "-accepted", "shell.home.figure.accepted", Long.toString(accepted)));
	}

	/** Seconds in words: 3 分 05 秒; none yet before anything was completed. */
	private String duration(Double seconds) {
		if (seconds == null) {
			return getTranslation("shell.home.figure.none");
		}
		long s = Math.round(seconds);
		return getTranslation("shell.home.figure.duration", s / 60, String.format(Locale.ROOT, "%02d", s % 60));
	}

	private Div card(String id, String labelKey, String value) {
		Span number = new Span(value);
		number.addClassName("insight-number");
		number.setId(id);
		Div card = new Div(new Span(getTranslation(labelKey)), number);
		card.addClassName("insight-card");
		return card;
	}

}
