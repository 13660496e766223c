package com.hallflow.flowexecution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.UnaryOperator;

/**
 * Lays out a session's steps in order, each run of a called flow's steps grouped under
 * its name (其中办理：缴费): the receipt and the record's timeline alike.
 */
final class CalledFlowGroups {

	private final Div root;

	private final UnaryOperator<String> heading;

	private Div group;

	private String flow;

	/**
	 * @param heading the heading of a called flow's group, from its name
	 */
	CalledFlowGroups(Div root, UnaryOperator<String> heading) {
		this.root = root;
		this.heading = heading;
		this.group = root;
	}

	/** Adds a step's row; {@code calledFlowName} is null for the session's own flow. */
	void add(Component row, String calledFlowName) {
		if (calledFlowName == null) {
			group = root;
			flow = null;
		}
		else if (group == root || !calledFlowName.equals(flow)) {
			flow = calledFlowName;
			Span title = new Span(heading.apply(calledFlowName));
			title.addClassName("receipt-called-heading");
			group = new Div(title);
			group.addClassName("receipt-called");
			root.add(group);
		}
		group.add(row);
	}

}
