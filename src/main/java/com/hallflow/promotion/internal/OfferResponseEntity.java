package com.hallflow.promotion.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** What the customer answered to one offer at one step; written once, never changed. */
@Entity
@Table(name = "offer_response")
public class OfferResponseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false, length = 36, updatable = false)
	private String sessionId;

	@Column(name = "step_sequence", nullable = false, updatable = false)
	private int stepSequence;

	@Column(name = "branch_id", nullable = false, updatable = false)
	private long branchId;

	@Column(name = "clerk_id", nullable = false, updatable = false)
	private long clerkId;

	@Column(name = "flow_key", nullable = false, length = 64, updatable = false)
	private String flowKey;

	@Column(name = "step_key", nullable = false, length = 64, updatable = false)
	private String stepKey;

	@Column(name = "package_id", nullable = false, updatable = false)
	private long packageId;

	@Column(name = "package_code", nullable = false, length = 32, updatable = false)
	private String packageCode;

	@Column(name = "package_name", nullable = false, length = 100, updatable = false)
	private String packageName;

	@Column(name = "monthly_price", nullable = false, precision = 10, scale = 2, updatable = false)
	private BigDecimal monthlyPrice;

	@Column(name = "rollout_id", nullable = false, updatable = false)
	private long rolloutId;

	@Column(nullable = false, length = 16, updatable = false)
	private String outcome;

	@Column(name = "decline_reason", length = 32, updatable = false)
	private String declineReason;

	@Column(nullable = false, updatable = false)
	private boolean practice;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected OfferResponseEntity() {
	}

	@SuppressWarnings("java:S107") // an immutable row, written once
	public OfferResponseEntity(String sessionId, int stepSequence, long branchId, long clerkId, String flowKey,
			String stepKey, long packageId, String packageCode, String packageName, BigDecimal monthlyPrice,
			long rolloutId, String outcome, String declineReason, boolean practice, Instant recordedAt) {
		this.sessionId = sessionId;
		this.stepSequence = stepSequence;
		this.branchId = branchId;
		this.clerkId = clerkId;
		this.flowKey = flowKey;
		this.stepKey = stepKey;
		this.packageId = packageId;
		this.packageCode = packageCode;
		this.packageName = packageName;
		this.monthlyPrice = monthlyPrice;
		this.rolloutId = rolloutId;
		this.outcome = outcome;
		this.declineReason = declineReason;
		this.practice = practice;
		this.recordedAt = recordedAt;
	}

	public long getBranchId() {
		return branchId;
	}

	public boolean isPractice() {
		return practice;
	}

	public String getSessionId() {
		return sessionId;
	}

	public int getStepSequence() {
		return stepSequence;
	}

	public String getFlowKey() {
		return flowKey;
	}

	public String getStepKey() {
		return stepKey;
	}

	public long getPackageId() {
		return packageId;
	}

	public String getPackageCode() {
		return packageCode;
	}

	public String getPackageName() {
		return packageName;
	}

	public BigDecimal getMonthlyPrice() {
		return monthlyPrice;
	}

	public long getRolloutId() {
		return rolloutId;
	}

	public String getOutcome() {
		return outcome;
	}

	public String getDeclineReason() {
		return declineReason;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
