package com.hallflow.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

/**
 * Links from the home page into other modules' views. The shell may not import those
 * views (they are internal to their modules), so it names their routes; the router
 * handles the link in place, without reloading the page.
 */
final class HomeLinks {

	static final String COUNTER = "counter";

	static final String RECORDS = "records";

	static final String QUALITY = "insight";

	static final String BRANCH_PROMOTIONS = "promotions/branch";

	static final String PLANNER = "promotions/planner";

	private HomeLinks() {
	}

	/** The flow's draft editor. */
	static String editor(String flowKey) {
		return "flows/" + flowKey;
	}

	/** The flow's published versions. */
	static String versions(String flowKey) {
		return "flows/" + flowKey + "/versions";
	}

	/** A session in progress, on the step where it stands. */
	static String session(String sessionId) {
		return "sessions/" + sessionId;
	}

	/** A line of a home list: what it is, then the link to deal with it. */
	static ListItem item(String text, Anchor link) {
		link.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
		return new ListItem(new Span(text), link);
	}

	static Anchor to(String route, String text, String id) {
		Anchor link = new Anchor(route, text);
		link.getElement().setAttribute("router-link", true);
		link.setId(id);
		return link;
	}

}
