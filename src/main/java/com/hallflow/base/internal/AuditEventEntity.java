package com.hallflow.base.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.Length;

@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false, length = 64)
	private String action;

	@Column(length = 128)
	private String target;

	/** Whole, however long (a changed script before and after); schema 0015. */
	@Lob
	@Column(length = Length.LONG32)
	private String detail;

	protected AuditEventEntity() {
	}

	public AuditEventEntity(Instant occurredAt, String actor, String action, String target, String detail) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.target = target;
		this.detail = detail;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getTarget() {
		return target;
	}

	public String getDetail() {
		return detail;
	}

}
