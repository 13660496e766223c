package com.hallflow.flowexecution;

import java.time.Duration;
import java.time.Instant;

/**
 * One row of a session list: the clerk's sessions in progress, or the branch records. The
 * customer appears masked only (张**, 138****1234).
 */
public record SessionSummary(String id, String flowKey, String flowName, long branchId, String clerkName,
		String clerkDisplayName, boolean practice, SessionStatus status, String outcome, String currentStep,
		String customerNameMasked, String mobileMasked, Instant startedAt, Instant endedAt, String receiptNo) {

	/** Handle time in seconds, for ended sessions. */
	public Long durationSeconds() {
		return endedAt == null ? null : Duration.between(startedAt, endedAt).toSeconds();
	}
}
