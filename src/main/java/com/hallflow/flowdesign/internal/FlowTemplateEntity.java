package com.hallflow.flowdesign.internal;

import com.hallflow.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "flow_template")
public class FlowTemplateEntity extends AbstractEntity {

	public enum Status {

		ACTIVE, RETIRED

	}

	@Column(name = "flow_key", nullable = false, length = 64, unique = true)
	private String key;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(length = 50)
	private String category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status = Status.ACTIVE;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "tile_rank")
	private Integer tileRank;

	@Column(name = "updated_by", nullable = false, length = 64)
	private String updatedBy;

	protected FlowTemplateEntity() {
	}

	public FlowTemplateEntity(String key, String name, String category, String by, Instant at) {
		this.key = key;
		describe(name, category, by, at);
	}

	public void describe(String newName, String newCategory, String by, Instant at) {
		this.name = newName;
		this.category = newCategory;
		touch(by, at);
	}

	public void touch(String by, Instant at) {
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/** The place head office gives the flow's tile on the counter (1 first), or null. */
	public Integer getTileRank() {
		return tileRank;
	}

	public void setTileRank(Integer tileRank) {
		this.tileRank = tileRank;
	}

	public String getKey() {
		return key;
	}

	public String getName() {
		return name;
	}

	public String getCategory() {
		return category;
	}

	public Status getStatus() {
		return status;
	}

	public void setStatus(Status status) {
		this.status = status;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

}
