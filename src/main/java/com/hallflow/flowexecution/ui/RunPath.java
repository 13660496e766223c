package com.hallflow.flowexecution.ui;

import com.hallflow.flowexecution.RunningSession;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The steps done so far, beside the step on screen: they scroll inside their own panel,
 * which folds away, and show once the first step is done. A step forward only adds its
 * entry, so the list is not built (and sent to the browser) again on every step; going
 * back or a changed answer rebuilds it.
 */
class RunPath extends Details {

	private final OrderedList list = new OrderedList();

	private List<RunningSession.PathStep> shown = List.of();

	RunPath() {
		setSummaryText(getTranslation("flowexecution.run.path"));
		add(list);
		list.setId("path");
		setOpened(true);
		setId("run-path");
		addClassName("run-path");
	}

	void show(RunningSession now) {
		List<RunningSession.PathStep> path = now.path();
		boolean extended = path.size() >= shown.size() && path.subList(0, shown.size()).equals(shown);
		if (!extended) {
			list.removeAll();
			shown = List.of();
		}
		// nothing done yet: no empty panel beside the first step
		setVisible(!path.isEmpty());
		for (RunningSession.PathStep step : path.subList(shown.size(), path.size())) {
			ListItem item = new ListItem(new Span(step.stepTitle()));
			if (!step.flowName().equals(now.flowName())) {
				item.addComponentAsFirst(new Span(step.flowName() + " · "));
			}
			step.values().forEach((label, value) -> {
				Span v = new Span(getTranslation("flowexecution.labelValue", label, value));
				v.addClassName("path-value");
				item.add(v);
			});
			list.add(item);
		}
		shown = List.copyOf(path);
	}

}
