package com.hallflow.promotion;

/** The clerk's record of one offer: accepted, declined (with a reason from {@link DeclineReasons}) or not offered. */
public record OfferAnswer(long packageId, OfferOutcome outcome, String declineReason) {
}
