package com.hallflow.insight.ui;

import com.hallflow.insight.Figures;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The dashboard's headline figures over everything in the filter, one card each. */
class SummaryCards extends Div {

	SummaryCards() {
		setId("insight-summary");
		addClassName("insight-summary");
	}

	void show(Figures total) {
		removeAll();
		add(card("insight-total-sessions", "insight.column.sessions", Long.toString(total.sessions())),
				card("insight-total-completion", "insight.column.completion", Formats.percent(total.completionRate())),
				card("insight-total-average", "insight.column.average", Formats.duration(total.averageSeconds())),
				card("insight-total-p90", "insight.column.p90", Formats.duration(total.p90Seconds())),
				card("insight-total-compliance", "insight.column.compliance", Formats.percent(total.complianceRate())),
				card("insight-total-over", "insight.column.overTarget", Formats.percent(total.overTargetRate())));
	}

	private Div card(String id, String labelKey, String value) {
		Span number = new Span(value);
		number.addClassName("insight-number");
		number.setId(id);
		Div card = new Div(new Span(getTranslation(labelKey)), number);
		card.addClassName("insight-card");
		// the cards share a row alike; a long label wraps in its card rather than
		// push the last card onto a row of its own
		card.getStyle().set("flex", "1 1 0");
		return card;
	}

}
