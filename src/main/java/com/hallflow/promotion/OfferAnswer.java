package com.hallflow.promotion;

/**
 * The clerk's record of one offer: accepted, declined (with its reason) or not offered.
 */
public record OfferAnswer(long packageId, OfferOutcome outcome, DeclineReason declineReason) {
}
