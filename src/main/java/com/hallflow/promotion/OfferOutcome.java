package com.hallflow.promotion;

/** What happened to one offer at the counter. */
public enum OfferOutcome {
    ACCEPTED, DECLINED, NOT_OFFERED;

    public String labelKey() {
        return "promotion.outcome." + name();
    }
}
