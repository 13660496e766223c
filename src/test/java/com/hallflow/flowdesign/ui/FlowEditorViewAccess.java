package com.hallflow.flowdesign.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Lets code outside the package (the designer benchmark) open the editor of a flow. */
public final class FlowEditorViewAccess {

	private FlowEditorViewAccess() {
	}

	public static void open(String key) {
		UI.getCurrent().navigate(FlowEditorView.class, new RouteParameters("key", key));
		if (UI.getCurrent().getChildren().flatMap(c -> c.getChildren()).noneMatch(FlowEditorView.class::isInstance)
				&& UI.getCurrent()
					.getInternals()
					.getActiveRouterTargetsChain()
					.stream()
					.noneMatch(FlowEditorView.class::isInstance)) {
			throw new IllegalStateException("the editor did not open");
		}
	}

}
