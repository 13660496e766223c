package com.hallflow.promotion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * What the planner's timeline bars mean, in words next to a sample of each: the colour of
 * each stage, a paused rollout, today's line. The samples are drawn with the same classes
 * as the bars, so they cannot drift apart.
 */
final class TimelineLegend extends HorizontalLayout {

	/** The first stage index drawn alike with all that follow it. */
	static final int LATER_STAGES = 2;

	TimelineLegend() {
		setId("timeline-legend");
		setAlignItems(FlexComponent.Alignment.CENTER);
		getStyle().set("flex-wrap", "wrap");
		addClassName("timeline-legend");
		Span title = new Span(getTranslation("promotion.planner.legend"));
		title.getStyle().set("font-weight", "600");
		add(title);
		for (int stage = 0; stage < LATER_STAGES; stage++) {
			add(entry("stage-" + stage, whole(segment(stage, false)),
					getTranslation("promotion.planner.legend.stage", stage + 1)));
		}
		add(entry("stage-later", whole(segment(LATER_STAGES, false)),
				getTranslation("promotion.planner.legend.later", LATER_STAGES + 1)));
		add(entry("paused", whole(segment(0, true)), getTranslation("promotion.planner.legend.paused")));
		Div today = new Div();
		today.addClassName("timeline-today");
		today.getStyle().set("left", "50%");
		add(entry("today", today, getTranslation("promotion.planner.legend.today")));
		Span hover = new Span(getTranslation("promotion.planner.legend.hover"));
		hover.getStyle().set("color", "var(--lumo-secondary-text-color)");
		add(hover);
	}

	/**
	 * A segment of the timeline for stage {@code index} (counted from 0) of a rollout,
	 * paused or not; its position is left to the caller.
	 */
	static Div segment(int index, boolean paused) {
		Div segment = new Div();
		segment.addClassNames("timeline-segment", "stage-" + Math.min(index, LATER_STAGES));
		if (paused) {
			segment.addClassName("paused");
		}
		else if (index >= LATER_STAGES) {
			// the theme draws the later stages in a blue too close to the second stage's
			segment.getStyle().set("background", "color-mix(in srgb, var(--lumo-primary-color) 55%, black)");
		}
		return segment;
	}

	private static Div whole(Div segment) {
		segment.getStyle().set("left", "0").set("width", "100%");
		return segment;
	}

	private static Component entry(String name, Div sample, String words) {
		Div track = new Div(sample);
		track.addClassName("timeline-track");
		track.getStyle().set("width", "2.5rem").set("flex-shrink", "0");
		Span label = new Span(words);
		label.setId("timeline-legend-" + name);
		HorizontalLayout entry = new HorizontalLayout(track, label);
		entry.setSpacing(false);
		entry.setAlignItems(FlexComponent.Alignment.CENTER);
		entry.getStyle().set("gap", "var(--lumo-space-xs)");
		return entry;
	}

}
