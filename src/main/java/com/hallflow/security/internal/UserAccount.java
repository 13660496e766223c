package com.hallflow.security.internal;

import com.hallflow.base.AbstractEntity;
import com.hallflow.security.StaffRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "app_user")
public class UserAccount extends AbstractEntity {

	@Column(nullable = false, length = 64, unique = true)
	private String username;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private StaffRole role;

	@Column(name = "branch_id")
	private Long branchId;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "failed_attempts", nullable = false)
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(length = 16)
	private String locale;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String passwordHash, StaffRole role, Long branchId,
			boolean mustChangePassword) {
		this.username = username;
		this.mustChangePassword = mustChangePassword;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.branchId = branchId;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public void setPasswordHash(String passwordHash, boolean mustChangePassword) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
	}

	public StaffRole getRole() {
		return role;
	}

	public Long getBranchId() {
		return branchId;
	}

	public void assign(StaffRole role, Long branchId) {
		this.role = role;
		this.branchId = branchId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public void clearFailures() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	public String getLocale() {
		return locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

}
