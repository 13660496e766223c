package com.hallflow.flowexecution.ui;

import com.hallflow.flowdesign.counter.ScriptCard;
import com.hallflow.promotion.DeclineReason;
import com.hallflow.promotion.Offer;
import com.hallflow.promotion.OfferAnswer;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.promotion.OfferProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The promotion slot at the counter: each offer in effect with its pitch script
 * (placeholders filled like the step's script), price and what is left of the branch's
 * quota, and the customer's answer: accepted, declined (with a reason from the list) or
 * not offered. Every offer needs an answer before Next.
 */
class OfferPanel extends Div {

	/** One offer's controls. */
	record Row(Offer offer, RadioButtonGroup<OfferOutcome> outcome, Select<DeclineReason> reason, Span error) {
	}

	private final Map<Long, Row> rows = new LinkedHashMap<>();

	OfferPanel(List<Offer> offers, Map<String, String> placeholders) {
		setId("offers");
		addClassName("offer-panel");
		add(new H4(getTranslation("promotion.counter.title")));
		for (Offer offer : offers) {
			Div card = new Div();
			card.addClassName("offer-card");
			card.setId("offer-" + offer.packageCode());
			Span name = new Span(offer.packageName());
			name.addClassName("offer-name");
			Span price = new Span(getTranslation("promotion.counter.price", offer.monthlyPrice().toPlainString()));
			price.addClassName("offer-price");
			Div heading = new Div(name, price);
			heading.addClassName("offer-heading");
			if (offer.quotaLeft() != null) {
				Span left = new Span(getTranslation("promotion.counter.quotaLeft", offer.quotaLeft()));
				left.addClassName("offer-quota");
				heading.add(left);
			}
			card.add(heading, ScriptCard.of(offer.pitchScript(), placeholders));
			RadioButtonGroup<OfferOutcome> outcome = new RadioButtonGroup<>();
			outcome.setId("offer-outcome-" + offer.packageCode());
			outcome.setLabel(getTranslation("promotion.counter.answer"));
			outcome.setItems(OfferOutcome.ACCEPTED, OfferOutcome.DECLINED, OfferOutcome.NOT_OFFERED);
			outcome.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
			outcome.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
			outcome.setRequiredIndicatorVisible(true);
			Select<DeclineReason> reason = new Select<>();
			reason.setId("offer-reason-" + offer.packageCode());
			reason.setLabel(getTranslation("promotion.counter.reason"));
			reason.setItems(DeclineReason.values());
			reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.messageKey()));
			reason.setVisible(false);
			outcome.addValueChangeListener(e -> {
				reason.setVisible(e.getValue() == OfferOutcome.DECLINED);
				outcome.setInvalid(false);
			});
			reason.addValueChangeListener(e -> reason.setInvalid(false));
			Span error = new Span();
			error.addClassName("offer-error");
			card.add(outcome, reason, error);
			rows.put(offer.packageId(), new Row(offer, outcome, reason, error));
			add(card);
		}
	}

	Map<Long, Row> rows() {
		return rows;
	}

	/**
	 * Marks every offer still without an answer (or a decline without a reason); true
	 * when all are answered.
	 */
	boolean checkAnswered() {
		Component first = null;
		for (Row row : rows.values()) {
			Component missing = null;
			if (row.outcome().getValue() == null) {
				row.outcome().setErrorMessage(getTranslation("promotion.offer.answerRequired"));
				row.outcome().setInvalid(true);
				missing = row.outcome();
			}
			else if (row.outcome().getValue() == OfferOutcome.DECLINED && row.reason().getValue() == null) {
				row.reason().setErrorMessage(getTranslation("promotion.offer.reasonRequired"));
				row.reason().setInvalid(true);
				missing = row.reason();
			}
			if (first == null) {
				first = missing;
			}
		}
		if (first != null) {
			// what is missing is shown, not left under the action bar
			first.scrollIntoView();
		}
		return first == null;
	}

	List<OfferAnswer> answers() {
		List<OfferAnswer> answers = new ArrayList<>();
		for (Row row : rows.values()) {
			if (row.outcome().getValue() != null) {
				answers.add(new OfferAnswer(row.offer().packageId(), row.outcome().getValue(),
						row.outcome().getValue() == OfferOutcome.DECLINED ? row.reason().getValue() : null));
			}
		}
		return answers;
	}

	/**
	 * Shows the service's refusals at their offers; true when any concerned this panel.
	 */
	boolean showErrors(Map<String, String> messages) {
		boolean shown = false;
		for (Row row : rows.values()) {
			String message = messages.get(OfferProblem.fieldOf(row.offer().packageId()));
			row.error().setText(message == null ? "" : message);
			shown |= message != null;
		}
		return shown;
	}

}
