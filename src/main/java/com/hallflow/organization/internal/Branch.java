package com.hallflow.organization.internal;

import com.hallflow.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "branch")
public class Branch extends AbstractEntity {

	@Column(nullable = false, length = 32, unique = true)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "region_id", nullable = false)
	private Long regionId;

	@Column(length = 255)
	private String address;

	@Column(nullable = false)
	private boolean open = true;

	protected Branch() {
	}

	public Branch(String code) {
		this.code = code;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public Long getRegionId() {
		return regionId;
	}

	public String getAddress() {
		return address;
	}

	public boolean isOpen() {
		return open;
	}

	public void describe(String name, Long regionId, String address, boolean open) {
		this.name = name;
		this.regionId = regionId;
		this.address = address;
		this.open = open;
	}

}
