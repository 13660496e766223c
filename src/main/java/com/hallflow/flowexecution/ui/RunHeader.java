package com.hallflow.flowexecution.ui;

import com.hallflow.base.CustomerGrade;
import com.hallflow.flowexecution.RunningSession;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/**
 * The top of the guided screen: the business as its title, which names the flows from the
 * root to the one running once another flow is called (套餐变更 › 缴费), so the title is never
 * repeated as a breadcrumb of one; the step number, the customer, and the time since the
 * start against the target.
 */
class RunHeader extends Div {

	final H2 breadcrumb = new H2();

	final Span progress = new Span();

	RunHeader(RunningSession now, Instant at) {
		breadcrumb.setId("breadcrumb");
		breadcrumb.addClassName("run-title");
		progress.setId("progress");
		Div left = new Div(breadcrumb, progress);
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

	/** Where the run stands now: the flows to the one running, the step number. */
	void show(RunningSession now) {
		breadcrumb.setText(now.breadcrumb().size() > 1 ? String.join(" › ", now.breadcrumb()) : now.flowName());
		progress.setText(
				now.running() ? getTranslation("flowexecution.run.progress", now.stepNumber(), now.stepCount()) : "");
	}

	private String customerLine(RunningSession now) {
		StringBuilder line = new StringBuilder();
		// the clerk serves this person and may need the whole name (缴费: 核对机主姓名), so the
		// running session's header shows it; once the session has ended, masked
		String name = now.customerFullName() != null ? now.customerFullName() : now.customerName();
		if (name != null) {
			line.append(name).append(' ');
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
