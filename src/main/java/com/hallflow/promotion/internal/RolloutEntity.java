package com.hallflow.promotion.internal;

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
import org.hibernate.annotations.BatchSize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "rollout")
public class RolloutEntity extends AbstractEntity {

	@Column(name = "package_id", nullable = false)
	private long packageId;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false)
	private int priority;

	@Column(name = "quota_per_branch")
	private Integer quotaPerBranch;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(nullable = false)
	private boolean paused;

	@Column(name = "updated_by", nullable = false, length = 64)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "rollout_target", joinColumns = @JoinColumn(name = "rollout_id"))
	@OrderBy("stageNo, kind, refId")
	private List<TargetRow> targets = new ArrayList<>();

	protected RolloutEntity() {
	}

	public RolloutEntity(long packageId) {
		this.packageId = packageId;
	}

	@SuppressWarnings("java:S107") // the planner's fields, written together
	public void write(long packageId, String name, int priority, Integer quotaPerBranch, Instant endsAt,
			List<TargetRow> rows, String updatedBy, Instant updatedAt) {
		this.packageId = packageId;
		this.name = name;
		this.priority = priority;
		this.quotaPerBranch = quotaPerBranch;
		this.endsAt = endsAt;
		this.targets.clear();
		this.targets.addAll(rows);
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	public void pause(boolean pause, String by, Instant at) {
		this.paused = pause;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public long getPackageId() {
		return packageId;
	}

	public String getName() {
		return name;
	}

	public int getPriority() {
		return priority;
	}

	public Integer getQuotaPerBranch() {
		return quotaPerBranch;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public boolean isPaused() {
		return paused;
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
