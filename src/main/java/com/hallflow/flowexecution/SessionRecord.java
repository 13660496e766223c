package com.hallflow.flowexecution;

import com.hallflow.variant.VariantLabel;
import com.hallflow.flowdesign.CustomerField;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.promotion.RecordedOffer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
 * @param takesEffectOn the day what the session did takes effect, for a completed session
 * of a flow that names one; else null
 * @param variants the regions' overlays laid on head office's version
 * {@code versionNumber} when the session started, province first; empty when it ran head
 * office's version as it is
 */
public record SessionRecord(SessionSummary summary, int versionNumber, String customerGrade, String abandonReason,
		List<TimelineEntry> timeline, List<Signature> signatures, List<DoneStep> done, List<Amount> amounts,
		List<RecordedOffer> offers, boolean replayable, LocalDate takesEffectOn, List<VariantLabel> variants) {

	public SessionRecord(SessionSummary summary, int versionNumber, String customerGrade, String abandonReason,
			List<TimelineEntry> timeline, List<Signature> signatures, List<DoneStep> done, List<Amount> amounts,
			List<RecordedOffer> offers, boolean replayable, LocalDate takesEffectOn) {
		this(summary, versionNumber, customerGrade, abandonReason, timeline, signatures, done, amounts, offers,
				replayable, takesEffectOn, List.of());
	}

	public SessionRecord {
		variants = List.copyOf(variants);
		timeline = List.copyOf(timeline);
		signatures = List.copyOf(signatures);
		done = List.copyOf(done);
		amounts = List.copyOf(amounts);
		offers = List.copyOf(offers);
	}

	/** The record with the regions' overlays its session ran. */
	public SessionRecord withVariants(List<VariantLabel> labels) {
		return new SessionRecord(summary, versionNumber, customerGrade, abandonReason, timeline, signatures, done,
				amounts, offers, replayable, takesEffectOn, labels);
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
	 * @param sealedIdNumbers those of {@code sealed} that are ID numbers
	 * @param sealedNames those of {@code sealed} that are the customer's name (the rest
	 * are mobile numbers)
	 * @param checked checklist item texts that were ticked
	 * @param calledFlowName the name of the called flow the step belongs to; null for a
	 * step of the session's own flow
	 * @param corrected the customer details the clerk corrected at this step (a filled-in
	 * value submitted changed)
	 */
	public record TimelineEntry(int sequence, boolean wentBack, String flowKey, String stepKey, String stepTitle,
			String actor, Instant at, long durationMs, Map<String, String> values, List<String> sealed,
			List<String> sealedIdNumbers, List<String> sealedNames, List<String> checked, boolean undone,
			String calledFlowName, List<Correction> corrected) {
	}

	/** A customer detail a step corrected, before and after as shown (numbers masked). */
	public record Correction(CustomerField field, String before, String after) {
	}

	public record Signature(int sequence, String stepTitle, String party, boolean onPaper, String pngBase64,
			Instant at) {
	}

	/**
	 * @param explanation for the step that ended the session other than completed, what
	 * the clerk told the customer (its script, filled in); else null
	 * @param called whether the step belongs to a flow the session's flow called (缴费 in a
	 * plan change), which the receipt lists under that flow's name
	 * @param courtesy whether the step is one that runs only when its flow is started on
	 * its own (greeting, 其他需求, farewell): the record lists it, the receipt does not
	 */
	public record DoneStep(String flowName, String stepTitle, Map<String, String> values, String explanation,
			boolean called, boolean courtesy, Map<String, String> business) {

		/**
		 * @param business what the receipt lists of the step: its values without the
		 * clerk's yes/no checks (号码已停机, 服务密码验证通过)
		 */
		public DoneStep {
			business = business == null ? Map.of() : business;
		}
	}

	public record Amount(String label, BigDecimal value) {
	}
}
