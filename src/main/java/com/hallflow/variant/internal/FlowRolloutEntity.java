package com.hallflow.variant.internal;

import com.hallflow.base.AbstractEntity;
import com.hallflow.promotion.planning.TargetRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "flow_rollout")
public class FlowRolloutEntity extends AbstractEntity {

	@Column(name = "flow_key", nullable = false, length = 64)
	private String flowKey;

	@Column(name = "subject_kind", nullable = false, length = 8)
	private String subjectKind;

	@Column(name = "subject_id", nullable = false)
	private long subjectId;

	@Column(name = "subject_number", nullable = false)
	private int subjectNumber;

	@Column(name = "region_id")
	private Long regionId;

	@Column(nullable = false)
	private boolean paused;

	@Column(name = "paused_at")
	private Instant pausedAt;

	@Column(name = "rolled_back", nullable = false)
	private boolean rolledBack;

	@Column(name = "rolled_back_at")
	private Instant rolledBackAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_by", nullable = false, length = 64)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "flow_rollout_target", joinColumns = @JoinColumn(name = "rollout_id"))
	@OrderBy("stageNo, kind, refId")
	private List<TargetRow> targets = new ArrayList<>();

	protected FlowRolloutEntity() {
	}

	@SuppressWarnings("java:S107") // the subject's fields, written once
	public FlowRolloutEntity(String flowKey, String subjectKind, long subjectId, int subjectNumber, Long regionId,
			String by, Instant at) {
		this.flowKey = flowKey;
		this.subjectKind = subjectKind;
		this.subjectId = subjectId;
		this.subjectNumber = subjectNumber;
		this.regionId = regionId;
		this.createdBy = by;
		this.createdAt = at;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public void plan(List<TargetRow> rows, String by, Instant at) {
		this.targets.clear();
		this.targets.addAll(rows);
		touch(by, at);
	}

	public void pause(boolean pause, String by, Instant at) {
		this.paused = pause;
		this.pausedAt = pause ? at : null;
		touch(by, at);
	}

	public void rollBack(String by, Instant at) {
		this.rolledBack = true;
		this.rolledBackAt = at;
		touch(by, at);
	}

	private void touch(String by, Instant at) {
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public String getFlowKey() {
		return flowKey;
	}

	public String getSubjectKind() {
		return subjectKind;
	}

	public long getSubjectId() {
		return subjectId;
	}

	public int getSubjectNumber() {
		return subjectNumber;
	}

	public Long getRegionId() {
		return regionId;
	}

	public boolean isPaused() {
		return paused;
	}

	public Instant getPausedAt() {
		return pausedAt;
	}

	public boolean isRolledBack() {
		return rolledBack;
	}

	public Instant getRolledBackAt() {
		return rolledBackAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<TargetRow> getTargets() {
		return targets;
	}

}
