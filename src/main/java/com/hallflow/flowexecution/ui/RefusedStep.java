package com.hallflow.flowexecution.ui;

import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.counter.StepScreen;
import com.hallflow.flowexecution.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Shows why a step was refused: at each field, at the offers, and for the whole step. */
final class RefusedStep {

	private RefusedStep() {
	}

	/**
	 * @param offerPanel the step's offers, or null when it has none
	 */
	static void show(List<FieldError> errors, StepScreen screen, OfferPanel offerPanel,
			UnaryOperator<String> translate) {
		Map<String, String> messages = new LinkedHashMap<>();
		for (FieldError error : errors) {
			messages.put(error.field(), translate.apply(error.messageKey()));
			if ("step".equals(error.field())) {
				Notifications.error(translate.apply(error.messageKey()));
			}
		}
		screen.showErrors(messages);
		if (offerPanel != null && offerPanel.showErrors(messages)) {
			Notifications.error(translate.apply("promotion.offer.seeOffers"));
		}
	}

}
