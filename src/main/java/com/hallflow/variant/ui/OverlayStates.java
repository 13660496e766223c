package com.hallflow.variant.ui;

import com.hallflow.variant.OverlayState;
import com.vaadin.flow.component.Component;

/** Where a region stands with a flow, in words. */
final class OverlayStates {

	private OverlayStates() {
	}

	static String of(Component in, OverlayState s) {
		if (s.behind()) {
			return in.getTranslation("variant.state.behind", s.published(), s.publishedBase(), s.hqVersion(),
					s.conflicts().size());
		}
		if (s.published() != null) {
			return in.getTranslation(s.draft() ? "variant.state.publishedWithDraft" : "variant.state.published",
					s.published(), s.publishedBase());
		}
		return in.getTranslation(s.draft() ? "variant.state.draft" : "variant.state.none");
	}

}
