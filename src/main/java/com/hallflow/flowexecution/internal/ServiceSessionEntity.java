package com.hallflow.flowexecution.internal;

import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One customer served by one pinned flow version; its steps are {@link StepRecordEntity}
 * rows. Read-only here: {@link SessionWriter} is the one path that writes the row.
 */
@Entity
@Immutable
@Table(name = "service_session")
public class ServiceSessionEntity extends AbstractEntity {

	public enum Status {

		IN_PROGRESS, ENDED, ABANDONED

	}

	@Column(name = "public_id", nullable = false, length = 36, updatable = false)
	private String publicId;

	@Column(name = "branch_id", nullable = false, updatable = false)
	private long branchId;

	@Column(name = "branch_code", nullable = false, length = 32, updatable = false)
	private String branchCode;

	@Column(name = "clerk_id", nullable = false, updatable = false)
	private long clerkId;

	@Column(name = "clerk_name", nullable = false, length = 64, updatable = false)
	private String clerkName;

	@Column(name = "clerk_display_name", nullable = false, length = 100, updatable = false)
	private String clerkDisplayName;

	@Column(name = "flow_key", nullable = false, length = 64, updatable = false)
	private String flowKey;

	@Column(name = "flow_name", nullable = false, length = 100, updatable = false)
	private String flowName;

	@Column(name = "flow_version_id", nullable = false, updatable = false)
	private long flowVersionId;

	@Column(name = "edition_id", updatable = false)
	private Long editionId;

	@Column(name = "flow_version_number", nullable = false, updatable = false)
	private int flowVersionNumber;

	@Column(nullable = false, updatable = false)
	private boolean practice;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(length = 16)
	private String outcome;

	@Column(nullable = false)
	private int sequence;

	@Column(name = "current_step", length = 140)
	private String currentStep;

	/**
	 * The end committed but not yet handed to the {@code EndedSessionFacts} listeners
	 * (practice never is).
	 */
	@Column(name = "relay_pending", nullable = false)
	private boolean relayPending;

	@Column(name = "customer_name_encrypted", length = 400)
	private String customerNameEncrypted;

	@Column(name = "customer_name_masked", length = 50)
	private String customerNameMasked;

	@Column(name = "customer_salutation", length = 8)
	private String customerSalutation;

	@Column(name = "customer_grade", length = 16)
	private String customerGrade;

	@Column(name = "mobile_masked", length = 16)
	private String mobileMasked;

	@Column(name = "mobile_encrypted", length = 200)
	private String mobileEncrypted;

	@Column(name = "mobile_hash", length = 64)
	private String mobileHash;

	@Column(name = "id_number_hash", length = 64)
	private String idNumberHash;

	@Column(name = "started_at", nullable = false, updatable = false)
	private Instant startedAt;

	@Column(name = "step_entered_at", nullable = false)
	private Instant stepEnteredAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "abandon_reason", length = 500)
	private String abandonReason;

	@Column(name = "receipt_no", length = 48)
	private String receiptNo;

	protected ServiceSessionEntity() {
	}

	public String getPublicId() {
		return publicId;
	}

	public long getBranchId() {
		return branchId;
	}

	public String getBranchCode() {
		return branchCode;
	}

	public long getClerkId() {
		return clerkId;
	}

	public String getClerkName() {
		return clerkName;
	}

	public String getClerkDisplayName() {
		return clerkDisplayName;
	}

	public String getFlowKey() {
		return flowKey;
	}

	public String getFlowName() {
		return flowName;
	}

	public long getFlowVersionId() {
		return flowVersionId;
	}

	/**
	 * What the session runs: head office's version, or the edition with regions' overlays
	 * laid on it ({@link PublishedFlow#editionRunId}).
	 */
	public long runVersionId() {
		return editionId == null ? flowVersionId : PublishedFlow.editionRunId(editionId);
	}

	public int getFlowVersionNumber() {
		return flowVersionNumber;
	}

	public boolean isPractice() {
		return practice;
	}

	public Status getStatus() {
		return status;
	}

	public String getOutcome() {
		return outcome;
	}

	public int getSequence() {
		return sequence;
	}

	public String getCurrentStep() {
		return currentStep;
	}

	public String getCustomerNameEncrypted() {
		return customerNameEncrypted;
	}

	public String getCustomerNameMasked() {
		return customerNameMasked;
	}

	public String getCustomerSalutation() {
		return customerSalutation;
	}

	public String getCustomerGrade() {
		return customerGrade;
	}

	public String getMobileMasked() {
		return mobileMasked;
	}

	public String getMobileEncrypted() {
		return mobileEncrypted;
	}

	public String getIdNumberHash() {
		return idNumberHash;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getStepEnteredAt() {
		return stepEnteredAt;
	}

	public Instant getEndedAt() {
		return endedAt;
	}

	public String getAbandonReason() {
		return abandonReason;
	}

	public String getReceiptNo() {
		return receiptNo;
	}

}
