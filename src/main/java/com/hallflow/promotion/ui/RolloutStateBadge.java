package com.hallflow.promotion.ui;

import com.hallflow.promotion.RolloutState;
import com.vaadin.flow.component.html.Span;

/** A rollout's state as a badge: running in green, paused in grey, the others plain. */
final class RolloutStateBadge extends Span {

	RolloutStateBadge(RolloutState state) {
		setText(getTranslation(state.messageKey()));
		getElement().getThemeList().add(switch (state) {
			case RUNNING -> "badge success";
			case PAUSED -> "badge contrast";
			case SCHEDULED, ENDED -> "badge";
		});
	}

}
