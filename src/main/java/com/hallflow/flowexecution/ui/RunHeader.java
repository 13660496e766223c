package com.hallflow.flowexecution.ui;

import com.hallflow.base.CustomerGrade;
import com.hallflow.flowexecution.RunningSession;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/**
 * The top of the guided screen: the business, where in it the run stands (the flows from
 * the root to the one running, the step number), the customer, and the time since the
 * start against the target.
 */
class RunHeader extends Div {

	final Span breadcrumb;

	final Span progress;

	RunHeader(RunningSession now, Instant at) {
		H2 title = new H2(now.flowName());
		title.addClassName("run-title");
		breadcrumb = new Span(String.join(" › ", now.breadcrumb()));
		breadcrumb.setId("breadcrumb");
		breadcrumb.addClassName("breadcrumb");
		progress = new Span(
				now.running() ? getTranslation("flowexecution.run.progress", now.stepNumber(), now.stepCount()) : "");
		progress.setId("progress");
		Span customer = new Span(customerLine(now));
		customer.addClassName("run-customer");
		ElapsedTime elapsed = new ElapsedTime(now.startedAt(), at, now.targetMinutes(),
				now.targetMinutes() == null ? null : getTranslation("flowexecution.run.target", now.targetMinutes()));
		Div left = new Div(title, breadcrumb, progress, customer);
		left.addClassName("run-heading");
		if (now.practice()) {
			left.addComponentAsFirst(PracticeBadge.create());
		}
		add(left, elapsed);
		addClassName("run-header");
	}

	private String customerLine(RunningSession now) {
		StringBuilder line = new StringBuilder();
		if (now.customerName() != null) {
			line.append(now.customerName()).append(' ');
		}
		if (now.mobileMasked() != null) {
			line.append(now.mobileMasked()).append(' ');
		}
		if (now.customerGrade() != null) {
			line.append(getTranslation(CustomerGrade.valueOf(now.customerGrade()).messageKey()));
		}
		return line.toString().trim();
	}

}
