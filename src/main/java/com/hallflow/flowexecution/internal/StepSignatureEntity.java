package com.hallflow.flowexecution.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.Length;

/**
 * A party's signature at a step: a drawn image, or a note that the paper form was signed.
 */
@Entity
@Table(name = "step_signature")
public class StepSignatureEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private long sessionId;

	@Column(name = "branch_id", nullable = false, updatable = false)
	private long branchId;

	@Column(nullable = false, updatable = false)
	private int sequence;

	@Column(name = "input_key", nullable = false, length = 64, updatable = false)
	private String inputKey;

	@Column(nullable = false, length = 50, updatable = false)
	private String party;

	@Column(nullable = false, length = 8, updatable = false)
	private String method;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "image_base64", length = Length.LONG32, updatable = false)
	private String imageBase64;

	@Column(name = "signed_at", nullable = false, updatable = false)
	private Instant signedAt;

	protected StepSignatureEntity() {
	}

	@SuppressWarnings("java:S107") // an immutable row, written once
	public StepSignatureEntity(long sessionId, long branchId, int sequence, String inputKey, String party,
			String method, String imageBase64, Instant signedAt) {
		this.sessionId = sessionId;
		this.branchId = branchId;
		this.sequence = sequence;
		this.inputKey = inputKey;
		this.party = party;
		this.method = method;
		this.imageBase64 = imageBase64;
		this.signedAt = signedAt;
	}

	public int getSequence() {
		return sequence;
	}

	public String getInputKey() {
		return inputKey;
	}

	public String getParty() {
		return party;
	}

	public String getMethod() {
		return method;
	}

	public String getImageBase64() {
		return imageBase64;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

}
