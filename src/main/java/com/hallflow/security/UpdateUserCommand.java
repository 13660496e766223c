package com.hallflow.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record UpdateUserCommand(long id, long lockVersion,
		@NotBlank(message = "security.user.displayName.required") @Size(max = 100,
				message = "security.user.displayName.length") String displayName,
		@NotNull(message = "security.user.role.required") StaffRole role, Long branchId, boolean enabled) {
}
