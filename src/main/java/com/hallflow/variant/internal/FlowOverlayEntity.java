package com.hallflow.variant.internal;

import com.hallflow.base.NumberedVersionEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.Length;

/**
 * A region's draft overlay of one flow, or one of its numbered versions. Once published
 * the definition, number, base and publication facts never change: the setters refuse,
 * and a guard at flush time refuses any update that would change a published definition,
 * as a flow version's does.
 */
@Entity
@Table(name = "flow_overlay")
public class FlowOverlayEntity extends NumberedVersionEntity {

	public enum Status {

		DRAFT, PUBLISHED

	}

	@Column(name = "flow_key", nullable = false, length = 64)
	private String flowKey;

	@Column(name = "region_id", nullable = false)
	private Long regionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(name = "base_version_id", nullable = false)
	private Long baseVersionId;

	@Column(name = "base_version_number", nullable = false)
	private Integer baseVersionNumber;

	/**
	 * LONGTEXT on MySQL and MariaDB, CLOB on H2, as a flow version's definition.
	 */
	@Lob
	@Column(nullable = false, length = Length.LONG32)
	private String definition;

	@Column(name = "change_note", length = 1000)
	private String changeNote;

	@Column(name = "rebased_from_id")
	private Long rebasedFromId;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_by", nullable = false, length = 64)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "published_by", length = 64)
	private String publishedBy;

	@Column(name = "published_at")
	private Instant publishedAt;

	protected FlowOverlayEntity() {
	}

	public static FlowOverlayEntity draft(String flowKey, long regionId, long baseVersionId, int baseVersionNumber,
			String definition, String by, Instant at) {
		FlowOverlayEntity o = new FlowOverlayEntity();
		o.flowKey = flowKey;
		o.regionId = regionId;
		o.status = Status.DRAFT;
		o.takeDraftSlot();
		o.baseVersionId = baseVersionId;
		o.baseVersionNumber = baseVersionNumber;
		o.definition = definition;
		o.createdBy = by;
		o.createdAt = at;
		o.updatedBy = by;
		o.updatedAt = at;
		return o;
	}

	/**
	 * A published version made without a draft: an overlay laid again, unchanged, on head
	 * office's newer version.
	 */
	public static FlowOverlayEntity rebased(FlowOverlayEntity from, int number, long baseVersionId,
			int baseVersionNumber, String definition, String by, Instant at) {
		FlowOverlayEntity o = draft(from.flowKey, from.regionId, baseVersionId, baseVersionNumber, definition, by, at);
		o.publish(number, definition, null, by, at);
		o.rebasedFromId = from.getId();
		return o;
	}

	public void replaceDefinition(String newDefinition, long newBaseVersionId, int newBaseVersionNumber, String by,
			Instant at) {
		requireDraft();
		this.definition = newDefinition;
		this.baseVersionId = newBaseVersionId;
		this.baseVersionNumber = newBaseVersionNumber;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public void publish(int versionNumber, String finalDefinition, String note, String by, Instant at) {
		numberAs(versionNumber);
		this.definition = finalDefinition;
		this.status = Status.PUBLISHED;
		this.changeNote = note;
		this.publishedBy = by;
		this.publishedAt = at;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	@Override
	protected boolean isDraft() {
		return status == Status.DRAFT;
	}

	@Override
	protected IllegalStateException notADraft() {
		return new IllegalStateException("overlay version " + getNumber() + " is " + status + " and cannot change");
	}

	@Override
	protected IllegalStateException immutable() {
		return new IllegalStateException("a published overlay is immutable");
	}

	public String getFlowKey() {
		return flowKey;
	}

	public Long getRegionId() {
		return regionId;
	}

	public Status getStatus() {
		return status;
	}

	public Long getBaseVersionId() {
		return baseVersionId;
	}

	public Integer getBaseVersionNumber() {
		return baseVersionNumber;
	}

	@Override
	public String getDefinition() {
		return definition;
	}

	public String getChangeNote() {
		return changeNote;
	}

	public Long getRebasedFromId() {
		return rebasedFromId;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getPublishedBy() {
		return publishedBy;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

}
