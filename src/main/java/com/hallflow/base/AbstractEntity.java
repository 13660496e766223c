package com.hallflow.base;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Identity and optimistic lock shared by every entity; equality follows the database id.
 */
@MappedSuperclass
public abstract class AbstractEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	@Column(name = "lock_version", nullable = false)
	private long lockVersion;

	public Long getId() {
		return id;
	}

	public long getLockVersion() {
		return lockVersion;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || !getClass().equals(other.getClass())) {
			return false;
		}
		return id != null && id.equals(((AbstractEntity) other).id);
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
