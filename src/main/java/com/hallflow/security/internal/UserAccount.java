package com.hallflow.security.internal;

import com.hallflow.base.AbstractEntity;
import com.hallflow.security.StaffRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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

	/** The region a region admin is bound to; null for every other role. */
	@Column(name = "region_id")
	private Long regionId;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	/**
	 * When the password was last set; null for one unchanged since the account was made.
	 */
	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Column(length = 16)
	private String locale;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String passwordHash, StaffRole role, Long branchId,
			boolean mustChangePassword) {
		this(username, displayName, passwordHash, role, branchId, null, mustChangePassword);
	}

	public UserAccount(String username, String displayName, String passwordHash, StaffRole role, Long branchId,
			Long regionId, boolean mustChangePassword) {
		this.username = username;
		this.regionId = regionId;
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

	/**
	 * A new password, set at {@code changedAt}: sessions signed in before it end (kept to
	 * the microsecond, as the database keeps it, so a session's stamp compares equal).
	 */
	public void setPasswordHash(String passwordHash, boolean mustChangePassword, Instant changedAt) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.passwordChangedAt = changedAt.truncatedTo(ChronoUnit.MICROS);
	}

	public Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	public StaffRole getRole() {
		return role;
	}

	public Long getBranchId() {
		return branchId;
	}

	public Long getRegionId() {
		return regionId;
	}

	public void assign(StaffRole role, Long branchId, Long regionId) {
		this.role = role;
		this.branchId = branchId;
		this.regionId = regionId;
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

	public String getLocale() {
		return locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

}
