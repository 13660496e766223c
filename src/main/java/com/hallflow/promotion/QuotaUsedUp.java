package com.hallflow.promotion;

import com.hallflow.base.BusinessException;

/**
 * An acceptance found the branch's quota for the rollout used up (another counter took
 * the last one); the step's transaction rolls back and the clerk is told at the offer.
 */
public class QuotaUsedUp extends BusinessException {

	private final long packageId;

	public QuotaUsedUp(long packageId) {
		super("promotion.offer.quotaUsedUp");
		this.packageId = packageId;
	}

	public long packageId() {
		return packageId;
	}

}
