package com.hallflow.flowexecution.ui;

import com.hallflow.flowexecution.SessionRecord;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.promotion.RecordedOffer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/**
 * What a session did on its final path, its amounts and signatures: the body of a
 * receipt.
 */
class SessionRecordPanel extends Div {

	/**
	 * @param allOffers whether every answer to an offer is listed (the record detail) or
	 * only the packages taken up (the receipt)
	 */
	SessionRecordPanel(SessionRecord record, boolean allOffers) {
		addClassName("record-panel");
		add(heading("flowexecution.receipt.done"));
		Div done = new Div();
		done.setId("receipt-steps");
		CalledFlowGroups groups = new CalledFlowGroups(done,
				name -> getTranslation("flowexecution.receipt.calledFlow", name));
		for (SessionRecord.DoneStep step : record.done()) {
			if (!allOffers && (step.courtesy() || step.business().isEmpty() && step.explanation() == null)) {
				// the receipt lists the business done: not the greeting or farewell, not
				// the clerk's own checks and steps
				continue;
			}
			Div row = new Div(new Span(step.stepTitle()));
			row.addClassName("receipt-step");
			(allOffers ? step.values() : step.business()).forEach((label, value) -> {
				Span v = new Span(getTranslation("flowexecution.labelValue", label, value));
				v.addClassName("receipt-value");
				row.add(v);
			});
			if (step.explanation() != null) {
				Span told = new Span(step.explanation());
				// on a line of its own under the step's title, as its values are
				told.addClassNames("receipt-value", "receipt-explanation");
				row.add(told);
			}
			groups.add(row, step.called() ? step.flowName() : null);
		}
		if (allOffers && record.done().isEmpty()) {
			Span none = new Span(getTranslation("flowexecution.record.noSteps"));
			none.addClassName("no-steps");
			done.add(none);
		}
		add(done);
		if (!record.amounts().isEmpty()) {
			Div amounts = new Div();
			amounts.setId("receipt-amounts");
			for (SessionRecord.Amount amount : record.amounts()) {
				amounts.add(new Div(new Span(Formats.withoutCurrencyUnit(amount.label())),
						new Span(" ¥" + amount.value().toPlainString())));
			}
			Div total = new Div(new Span(getTranslation("flowexecution.receipt.total")),
					new Span(" ¥" + record.total().toPlainString()));
			total.setId("receipt-total");
			total.addClassName("receipt-total");
			amounts.add(total);
			add(heading("flowexecution.receipt.amounts"), amounts);
		}
		if (!record.offers().isEmpty()) {
			Div offers = new Div();
			offers.setId("receipt-offers");
			for (RecordedOffer offer : record.offers()) {
				boolean accepted = offer.outcome() == OfferOutcome.ACCEPTED;
				if (!accepted && !allOffers) {
					continue;
				}
				Div row = new Div(new Span(offer.packageName()), new Span(
						" " + getTranslation("promotion.counter.price", offer.monthlyPrice().toPlainString())));
				row.addClassName("receipt-offer");
				if (allOffers) {
					String answer = getTranslation(offer.outcome().messageKey()) + (offer.declineReason() == null ? ""
							: " · " + getTranslation(offer.declineReason().messageKey()));
					Span outcome = new Span(answer);
					outcome.addClassName("receipt-value");
					row.add(outcome);
				}
				offers.add(row);
			}
			if (offers.getComponentCount() > 0) {
				add(heading(allOffers ? "promotion.record.offers" : "promotion.receipt.accepted"), offers);
			}
		}
		if (!record.signatures().isEmpty()) {
			Div signatures = new Div();
			signatures.setId("receipt-signatures");
			signatures.addClassName("receipt-signatures");
			for (SessionRecord.Signature signature : record.signatures()) {
				Div box = new Div();
				box.addClassName("receipt-signature");
				String signedBy = getTranslation("flowexecution.receipt.signedBy", signature.party());
				Span caption = new Span(signedBy.equals(signature.stepTitle()) ? signedBy
						: getTranslation("flowexecution.receipt.signatureCaption", signedBy, signature.stepTitle()));
				caption.addClassName("receipt-signature-caption");
				box.add(caption);
				if (signature.onPaper()) {
					Span paper = new Span(getTranslation("flowexecution.receipt.signedOnPaper"));
					paper.addClassName("receipt-signature-paper");
					box.add(paper);
				}
				else {
					Image image = new Image("data:image/png;base64," + signature.pngBase64(),
							getTranslation("flowdesign.screen.signatureOf", signature.party()));
					image.addClassName("signature-image");
					box.add(image);
				}
				signatures.add(box);
			}
			add(heading("flowexecution.receipt.signatures"), signatures);
		}
	}

	/** A section's heading, set apart from the section before. */
	private H3 heading(String key) {
		H3 heading = new H3(getTranslation(key));
		heading.getStyle().setMarginTop("var(--lumo-space-l)").setMarginBottom("var(--lumo-space-xs)");
		return heading;
	}

}
