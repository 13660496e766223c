package com.hallflow.organization.internal;

import com.hallflow.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "region")
public class Region extends AbstractEntity {

	@Column(nullable = false, length = 32, unique = true)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "parent_id")
	private Long parentId;

	protected Region() {
	}

	public Region(String code, String name, Long parentId) {
		this.code = code;
		this.name = name;
		this.parentId = parentId;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public void rename(String name) {
		this.name = name;
	}

	public Long getParentId() {
		return parentId;
	}

}
