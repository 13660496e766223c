package com.hallflow.promotion;

import java.math.BigDecimal;
import java.time.Instant;

/** An answer as recorded, for the receipt and the record's timeline. */
public record RecordedOffer(int stepSequence, String flowKey, String stepKey, long packageId, String packageCode,
		String packageName, BigDecimal monthlyPrice, OfferOutcome outcome, DeclineReason declineReason,
		Instant recordedAt) {
}
