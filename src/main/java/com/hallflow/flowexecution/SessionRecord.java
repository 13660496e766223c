package com.hallflow.flowexecution;

import com.hallflow.promotion.OfferOutcome;
import com.hallflow.promotion.RecordedOffer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A session in full, for the record detail and the receipt: the timeline of every
 * submission (including paths later undone by going back), the signatures and what the
 * final path did.
 *
 * @param done the steps of the final path with the values entered there, personal numbers
 * masked
 * @param amounts the money entered on the final path, by input label
 * @param offers the customer's answers to the offers made on the final path
 * @param replayable whether the stored steps rebuild the run (else the session cannot be
 * resumed: the timeline shows every step as recorded, and the final path, its amounts and
 * offers are not known)
 */
public record SessionRecord(SessionSummary summary, int versionNumber, String customerGrade, String abandonReason,
		List<TimelineEntry> timeline, List<Signature> signatures, List<DoneStep> done, List<Amount> amounts,
		List<RecordedOffer> offers, boolean replayable) {

	public SessionRecord {
		timeline = List.copyOf(timeline);
		signatures = List.copyOf(signatures);
		done = List.copyOf(done);
		amounts = List.copyOf(amounts);
		offers = List.copyOf(offers);
	}

	/** The packages the customer took up, for the receipt. */
	public List<RecordedOffer> accepted() {
		return offers.stream().filter(o -> o.outcome() == OfferOutcome.ACCEPTED).toList();
	}

	public BigDecimal total() {
		return amounts.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * @param values entered values by input label, personal numbers masked
	 * @param sealed input keys whose full value is stored encrypted and may be revealed
	 * @param checked checklist item texts that were ticked
	 */
	public record TimelineEntry(int sequence, boolean wentBack, String flowKey, String stepKey, String stepTitle,
			String actor, Instant at, long durationMs, Map<String, String> values, List<String> sealed,
			List<String> checked, boolean undone) {
	}

	public record Signature(int sequence, String stepTitle, String party, boolean onPaper, String pngBase64,
			Instant at) {
	}

	/**
	 * @param explanation for the step that ended the session other than completed, what
	 * the clerk told the customer (its script, filled in); else null
	 */
	public record DoneStep(String flowName, String stepTitle, Map<String, String> values, String explanation) {
	}

	public record Amount(String label, BigDecimal value) {
	}
}
