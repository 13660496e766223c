package com.hallflow.promotion;

import java.util.List;

/** The reasons a clerk picks when the customer declines an offer (a list, so they can be counted). */
public final class DeclineReasons {

    public static final List<String> ALL = List.of("PRICE", "NOT_NEEDED", "HAS_SIMILAR", "LATER", "OTHER");

    private DeclineReasons() {
    }

    public static String labelKey(String reason) {
        return "promotion.decline." + reason;
    }
}
