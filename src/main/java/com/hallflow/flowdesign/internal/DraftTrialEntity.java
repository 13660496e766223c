package com.hallflow.flowdesign.internal;

import com.hallflow.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A path of a flow's draft that was test-run to its end, named by its signature. */
@Entity
@Table(name = "draft_trial")
public class DraftTrialEntity extends AbstractEntity {

	@Column(name = "template_id", nullable = false)
	private Long templateId;

	@Column(name = "path_hash", nullable = false, length = 64)
	private String pathHash;

	@Column(name = "tried_by", nullable = false, length = 64)
	private String triedBy;

	@Column(name = "tried_at", nullable = false)
	private Instant triedAt;

	protected DraftTrialEntity() {
	}

	public DraftTrialEntity(Long templateId, String pathHash, String triedBy, Instant triedAt) {
		this.templateId = templateId;
		this.pathHash = pathHash;
		this.triedBy = triedBy;
		this.triedAt = triedAt;
	}

	public String getPathHash() {
		return pathHash;
	}

}
