package com.hallflow.flowexecution.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One submission or one going back, written once and never changed. The unique key on
 * (session, sequence) makes a second submission of the same step fail instead of acting
 * twice.
 */
@Entity
@Table(name = "step_record")
public class StepRecordEntity {

	public enum Kind {

		SUBMIT, BACK

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private long sessionId;

	@Column(name = "branch_id", nullable = false, updatable = false)
	private long branchId;

	@Column(nullable = false, updatable = false)
	private int sequence;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16, updatable = false)
	private Kind kind;

	@Column(name = "flow_key", nullable = false, length = 64, updatable = false)
	private String flowKey;

	@Column(name = "step_key", nullable = false, length = 64, updatable = false)
	private String stepKey;

	@Column(name = "step_title", length = 200, updatable = false)
	private String stepTitle;

	@Column(name = "shown_values", length = 4000, updatable = false)
	private String shownValues;

	@Column(name = "sealed_values", length = 4000, updatable = false)
	private String sealedValues;

	@Column(name = "checked_items", length = 400, updatable = false)
	private String checkedItems;

	@Column(name = "next_target", length = 400, updatable = false)
	private String nextTarget;

	@Column(name = "called_version_id", updatable = false)
	private Long calledVersionId;

	@Column(nullable = false, length = 64, updatable = false)
	private String actor;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	@Column(name = "duration_ms", nullable = false, updatable = false)
	private long durationMs;

	protected StepRecordEntity() {
	}

	@SuppressWarnings("java:S107") // an immutable row, written once
	public StepRecordEntity(long sessionId, long branchId, int sequence, Kind kind, String flowKey, String stepKey,
			String stepTitle, String shownValues, String sealedValues, String checkedItems, String nextTarget,
			Long calledVersionId, String actor, Instant submittedAt, long durationMs) {
		this.sessionId = sessionId;
		this.branchId = branchId;
		this.sequence = sequence;
		this.kind = kind;
		this.flowKey = flowKey;
		this.stepKey = stepKey;
		this.stepTitle = stepTitle;
		this.shownValues = shownValues;
		this.sealedValues = sealedValues;
		this.checkedItems = checkedItems;
		this.nextTarget = nextTarget;
		this.calledVersionId = calledVersionId;
		this.actor = actor;
		this.submittedAt = submittedAt;
		this.durationMs = durationMs;
	}

	public Long getId() {
		return id;
	}

	public long getBranchId() {
		return branchId;
	}

	public long getSessionId() {
		return sessionId;
	}

	public int getSequence() {
		return sequence;
	}

	public Kind getKind() {
		return kind;
	}

	public String getFlowKey() {
		return flowKey;
	}

	public String getStepKey() {
		return stepKey;
	}

	public String getStepTitle() {
		return stepTitle;
	}

	public String getShownValues() {
		return shownValues;
	}

	public String getSealedValues() {
		return sealedValues;
	}

	public String getCheckedItems() {
		return checkedItems;
	}

	/**
	 * Where the step led, as the flow document's Target JSON; null for going back and for
	 * old rows.
	 */
	public String getNextTarget() {
		return nextTarget;
	}

	public Long getCalledVersionId() {
		return calledVersionId;
	}

	public String getActor() {
		return actor;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public long getDurationMs() {
		return durationMs;
	}

}
