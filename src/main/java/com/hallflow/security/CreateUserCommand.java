package com.hallflow.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Messages are translation keys; the UI shows them next to the field named by the
 * property.
 */
public record CreateUserCommand(@NotBlank(message = "security.user.username.required")
// blank is left to @NotBlank, so an empty field shows exactly one message
@Pattern(regexp = "\\s*([a-zA-Z0-9._-]{3,64})?\\s*", message = "security.user.username.format") String username,
		@NotBlank(message = "security.user.displayName.required") String displayName,
		@NotNull(message = "security.user.role.required") StaffRole role, Long branchId, Long regionId,
		String initialPassword, boolean passwordIsTemporary) {

	public static final int USERNAME_MOST = 64;

	/** An account of a role without a region. */
	public CreateUserCommand(String username, String displayName, StaffRole role, Long branchId, String initialPassword,
			boolean passwordIsTemporary) {
		this(username, displayName, role, branchId, null, initialPassword, passwordIsTemporary);
	}

	@Override
	public String toString() {
		return "CreateUserCommand[username=" + username + ", role=" + role + ", branchId=" + branchId + ", regionId="
				+ regionId + "]";
	}
}
