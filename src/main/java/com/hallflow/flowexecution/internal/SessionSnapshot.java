package com.hallflow.flowexecution.internal;

import com.hallflow.base.Salutation;
import java.time.Instant;

/**
 * A session row as last read or written by this node: what a step submit needs without
 * reading the row again. Only a hint for the fast path: every write is conditional on the
 * sequence and status this snapshot holds, so a snapshot overtaken elsewhere makes the
 * write fail, never lie. {@code mobileSealed} is the customer's mobile number from the
 * start, encrypted; {@code customerName} the name given at the start, encrypted and
 * masked.
 */
public record SessionSnapshot(long id, String publicId, long branchId, String branchCode, long clerkId,
		String clerkName, String clerkDisplayName, String flowKey, String flowName, long flowVersionId,
		int flowVersionNumber, boolean practice, ServiceSessionEntity.Status status, String outcome, int sequence,
		SealedName customerName, String customerGrade, String mobileMasked, Instant startedAt, Instant stepEnteredAt,
		Instant endedAt, String receiptNo, String abandonReason, String currentStep, String mobileSealed) {

	public static SessionSnapshot of(ServiceSessionEntity s) {
		return new SessionSnapshot(s.getId(), s.getPublicId(), s.getBranchId(), s.getBranchCode(), s.getClerkId(),
				s.getClerkName(), s.getClerkDisplayName(), s.getFlowKey(), s.getFlowName(), s.runVersionId(),
				s.getFlowVersionNumber(), s.isPractice(), s.getStatus(), s.getOutcome(), s.getSequence(),
				new SealedName(s.getCustomerNameMasked(), s.getCustomerNameEncrypted(),
						Salutation.byName(s.getCustomerSalutation()).orElse(null)),
				s.getCustomerGrade(), s.getMobileMasked(), s.getStartedAt(), s.getStepEnteredAt(), s.getEndedAt(),
				s.getReceiptNo(), s.getAbandonReason(), s.getCurrentStep(), s.getMobileEncrypted());
	}

	/**
	 * A session about to be inserted at its first step; its id comes with
	 * {@link #withId}.
	 */
	@SuppressWarnings("java:S107") // the facts a session starts with
	public static SessionSnapshot starting(String publicId, long branchId, String branchCode, long clerkId,
			String clerkName, String clerkDisplayName, String flowKey, String flowName, long flowVersionId,
			int flowVersionNumber, boolean practice, SealedName customerName, String customerGrade, String mobileMasked,
			String currentStep, Instant startedAt, String mobileSealed) {
		return new SessionSnapshot(0, publicId, branchId, branchCode, clerkId, clerkName, clerkDisplayName, flowKey,
				flowName, flowVersionId, flowVersionNumber, practice, ServiceSessionEntity.Status.IN_PROGRESS, null, 1,
				customerName, customerGrade, mobileMasked, startedAt, startedAt, null, null, null, currentStep,
				mobileSealed);
	}

	public SessionSnapshot withId(long newId) {
		return new SessionSnapshot(newId, publicId, branchId, branchCode, clerkId, clerkName, clerkDisplayName, flowKey,
				flowName, flowVersionId, flowVersionNumber, practice, status, outcome, sequence, customerName,
				customerGrade, mobileMasked, startedAt, stepEnteredAt, endedAt, receiptNo, abandonReason, currentStep,
				mobileSealed);
	}

	public SessionSnapshot abandoned(String reason, Instant at) {
		return new SessionSnapshot(id, publicId, branchId, branchCode, clerkId, clerkName, clerkDisplayName, flowKey,
				flowName, flowVersionId, flowVersionNumber, practice, ServiceSessionEntity.Status.ABANDONED, outcome,
				sequence, customerName, customerGrade, mobileMasked, startedAt, stepEnteredAt, at, receiptNo, reason,
				currentStep, mobileSealed);
	}

	/** The snapshot with the customer's mobile number as a step corrected it. */
	public SessionSnapshot withMobile(String newMasked, String newSealed) {
		return new SessionSnapshot(id, publicId, branchId, branchCode, clerkId, clerkName, clerkDisplayName, flowKey,
				flowName, flowVersionId, flowVersionNumber, practice, status, outcome, sequence, customerName,
				customerGrade, newMasked, startedAt, stepEnteredAt, endedAt, receiptNo, abandonReason, currentStep,
				newSealed);
	}

	/**
	 * The customer as lists and the audit log name them: the masked name and mobile
	 * number (张** 138****1234); null when neither is known.
	 */
	public String customerMasked() {
		String shown = ((customerName.masked() == null ? "" : customerName.masked()) + " "
				+ (mobileMasked == null ? "" : mobileMasked))
			.trim();
		return shown.isEmpty() ? null : shown;
	}

	public boolean running() {
		return status == ServiceSessionEntity.Status.IN_PROGRESS;
	}

	public SessionSnapshot advanced(int nextSequence, String step, Instant at) {
		return new SessionSnapshot(id, publicId, branchId, branchCode, clerkId, clerkName, clerkDisplayName, flowKey,
				flowName, flowVersionId, flowVersionNumber, practice, status, outcome, nextSequence, customerName,
				customerGrade, mobileMasked, startedAt, at, endedAt, receiptNo, abandonReason, step, mobileSealed);
	}

	public SessionSnapshot ended(int nextSequence, String endOutcome, String receipt, Instant at) {
		return new SessionSnapshot(id, publicId, branchId, branchCode, clerkId, clerkName, clerkDisplayName, flowKey,
				flowName, flowVersionId, flowVersionNumber, practice, ServiceSessionEntity.Status.ENDED, endOutcome,
				nextSequence, customerName, customerGrade, mobileMasked, startedAt, at, at, receipt, abandonReason,
				null, mobileSealed);
	}
}
