package com.hallflow.flowdesign.internal;

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
 * A draft or a numbered version. Once published the definition, number and publication
 * facts never change: the setters refuse, and a guard at flush time refuses any update
 * that would change a published definition however it was made
 * ({@link NumberedVersionEntity}).
 */
@Entity
@Table(name = "flow_version")
public class FlowVersionEntity extends NumberedVersionEntity {

	public enum Status {

		DRAFT, PUBLISHED, RETIRED

	}

	@Column(name = "template_id", nullable = false)
	private Long templateId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	/**
	 * LONGTEXT on MySQL and MariaDB, CLOB on H2: the length decides which text type is
	 * expected.
	 */
	@Lob
	@Column(nullable = false, length = Length.LONG32)
	private String definition;

	@Column(name = "change_note", length = 1000)
	private String changeNote;

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

	@Column(name = "effective_from")
	private Instant effectiveFrom;

	protected FlowVersionEntity() {
	}

	public static FlowVersionEntity draft(Long templateId, String definition, String by, Instant at) {
		FlowVersionEntity v = new FlowVersionEntity();
		v.templateId = templateId;
		v.status = Status.DRAFT;
		v.takeDraftSlot();
		v.definition = definition;
		v.createdBy = by;
		v.createdAt = at;
		v.updatedBy = by;
		v.updatedAt = at;
		return v;
	}

	public void replaceDefinition(String newDefinition, String by, Instant at) {
		requireDraft();
		this.definition = newDefinition;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public void publish(int versionNumber, String finalDefinition, String note, String by, Instant at,
			Instant effective) {
		numberAs(versionNumber);
		this.definition = finalDefinition;
		this.status = Status.PUBLISHED;
		this.changeNote = note;
		this.publishedBy = by;
		this.publishedAt = at;
		this.updatedBy = by;
		this.updatedAt = at;
		this.effectiveFrom = effective;
	}

	@Override
	protected boolean isDraft() {
		return status == Status.DRAFT;
	}

	@Override
	protected IllegalStateException notADraft() {
		return new IllegalStateException("version " + getNumber() + " is " + status + " and cannot change");
	}

	@Override
	protected IllegalStateException immutable() {
		return new IllegalStateException("a published flow version is immutable");
	}

	public Long getTemplateId() {
		return templateId;
	}

	public Status getStatus() {
		return status;
	}

	@Override
	public String getDefinition() {
		return definition;
	}

	public String getChangeNote() {
		return changeNote;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
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

	public Instant getEffectiveFrom() {
		return effectiveFrom;
	}

}
