package com.hallflow.flowexecution.ui;

import com.hallflow.base.CustomerGrade;
import com.hallflow.flowexecution.RunningSession;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/**
 * The top of the guided screen: the business, where in it the run stands (the flows from
 * the root to the one running, when another flow was called; the step number), the
 * customer, and the time since the start against the target.
 */
class RunHeader extends Div {

	final Span breadcrumb = new Span();

	final Span progress = new Span();

	RunHeader(RunningSession now, Instant at) {
		H2 title = new H2(now.flowName());
		title.addClassName("run-title");
		breadcrumb.setId("breadcrumb");
		breadcrumb.addClassName("breadcrumb");
		progress.setId("progress");
		Div left = new Div(title, breadcrumb, progress);
		String customer = customerLine(now);
		if (!customer.isEmpty()) {
			Span line = new Span(getTranslation("flowexecution.run.customer", customer));
			line.setId("run-customer");
			line.addClassName("run-customer");
			left.add(line);
		}
		ElapsedTime elapsed = new ElapsedTime(now.startedAt(), at, now.targetMinutes(),
				now.targetMinutes() == null ? null : getTranslation("flowexecution.run.target", now.targetMinutes()));
		left.addClassName("run-heading");
		if (now.practice()) {
			left.addComponentAsFirst(PracticeBadge.create());
		}
		add(left, elapsed);
		addClassName("run-header");
		show(now);
	}

	/**
	 * Where the run stands now. The breadcrumb shows only inside a called flow: at the
	 * top level it would only repeat the title.
	 */
	void show(RunningSession now) {
		breadcrumb.setText(String.join(" › ", now.breadcrumb()));
		breadcrumb.setVisible(now.breadcrumb().size() > 1);
		progress.setText(
				now.running() ? getTranslation("flowexecution.run.progress", now.stepNumber(), now.stepCount()) : "");
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
