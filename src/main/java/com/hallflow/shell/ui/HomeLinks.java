package com.hallflow.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
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

	static final String FLOWS = "flows";

	static final String BRANCHES = "branches";

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

	/** The way to the counter: the same large button on every home that has one. */
	static Button counter(String text) {
		Button counter = new Button(text, VaadinIcon.DESKTOP.create(),
				e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(COUNTER)));
		counter.setId("home-counter");
		counter.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
		return counter;
	}

	/**
	 * Links to where the role works next, under a small heading that says what they are,
	 * each with the icon its page has in the menu.
	 */
	static Div shortcuts(String id, String heading, Anchor... links) {
		H4 title = new H4(heading);
		title.getStyle().set("margin", "0");
		Div row = new Div(links);
		row.getStyle()
			.set("display", "flex")
			.set("flex-wrap", "wrap")
			.set("gap", "var(--lumo-space-s) var(--lumo-space-l)")
			.set("margin-top", "var(--lumo-space-xs)");
		Div box = new Div(title, row);
		box.setId(id);
		return box;
	}

	/** A link with its page's menu icon before the text. */
	static Anchor to(String route, VaadinIcon icon, String text, String id) {
		Anchor link = to(route, text, id);
		Icon symbol = icon.create();
		symbol.setSize("var(--lumo-icon-size-s)");
		symbol.getStyle().set("margin-inline-end", "var(--lumo-space-xs)");
		link.addComponentAsFirst(symbol);
		return link;
	}

	static Anchor to(String route, String text, String id) {
		Anchor link = new Anchor(route, text);
		link.getElement().setAttribute("router-link", true);
		link.setId(id);
		return link;
	}

}
