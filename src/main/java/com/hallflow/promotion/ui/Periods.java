package com.hallflow.promotion.ui;

import com.vaadin.flow.component.Component;

/**
 * A span of days or times as a list shows it: "2026-11-27 – 2027-03-07", or, with no end,
 * "2026-11-27 起（长期）" rather than a dash that leads nowhere.
 */
final class Periods {

	private Periods() {
	}

	static String text(Component shownIn, String from, String until) {
		return until == null ? shownIn.getTranslation("promotion.period.openEnded", from) : from + " – " + until;
	}

}
