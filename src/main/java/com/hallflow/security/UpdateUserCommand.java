package com.hallflow.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Changes an account at the lock version the editor read. The display name is checked by
 * the service: at most {@link #NAME_MOST} characters, one clean line. {@code regionId} is
 * a region admin's region.
 */
public record UpdateUserCommand(long id, long lockVersion,
		@NotBlank(message = "security.user.displayName.required") String displayName,
		@NotNull(message = "security.user.role.required") StaffRole role, Long branchId, Long regionId,
		boolean enabled) {

	public static final int NAME_MOST = 100;

	/** A change to an account of a role without a region. */
	public UpdateUserCommand(long id, long lockVersion, String displayName, StaffRole role, Long branchId,
			boolean enabled) {
		this(id, lockVersion, displayName, role, branchId, null, enabled);
	}

}
