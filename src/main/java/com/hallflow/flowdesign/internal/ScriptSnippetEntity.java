package com.hallflow.flowdesign.internal;

import com.hallflow.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "script_snippet")
public class ScriptSnippetEntity extends AbstractEntity {

	@Column(name = "snippet_key", nullable = false, length = 64, unique = true)
	private String key;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(nullable = false, length = 5000)
	private String text;

	@Column(length = 255)
	private String tags;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false, length = 64)
	private String updatedBy;

	protected ScriptSnippetEntity() {
	}

	public ScriptSnippetEntity(String key) {
		this.key = key;
	}

	public void write(String newTitle, String newText, String newTags, String by, Instant at) {
		this.title = newTitle;
		this.text = newText;
		this.tags = newTags;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public String getKey() {
		return key;
	}

	public String getTitle() {
		return title;
	}

	public String getText() {
		return text;
	}

	public String getTags() {
		return tags;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

}
