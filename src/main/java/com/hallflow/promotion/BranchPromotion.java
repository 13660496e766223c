package com.hallflow.promotion;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A rollout as one branch sees it: from when it reaches the branch until when (within the
 * package's validity), its state there (scheduled, running or paused; an ended one is not
 * listed), the branch's quota and what its clerks recorded (practice not counted).
 */
public record BranchPromotion(long rolloutId, String rolloutName, String packageCode, String packageName,
		PackageCategory category, BigDecimal monthlyPrice, Instant from, Instant until, RolloutState state,
		Integer quota, int used, long accepted, long declined, long notOffered) {

	/** Whether the branch's clerks offer it now. */
	public boolean activeNow() {
		return state == RolloutState.RUNNING;
	}

	/** Offers actually made: accepted plus declined. */
	public long offered() {
		return accepted + declined;
	}

	/** Accepted share of offers made, 0–1; null before any offer. */
	public Double conversion() {
		return offered() == 0 ? null : (double) accepted / offered();
	}
}
