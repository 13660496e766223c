package com.hallflow.promotion;

import java.math.BigDecimal;

/**
 * One effective offer at a step: the package with its pitch script, and the rollout it
 * comes from (whose priority ordered it and whose quota an acceptance uses).
 */
public record Offer(long packageId, String packageCode, String packageName, PackageCategory category,
		BigDecimal monthlyPrice, String pitchScript, long rolloutId, String rolloutName, int priority,
		Integer quotaLeft) {
}
