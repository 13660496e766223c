package com.hallflow.security;

/** One staff account as listed in the administration grid. */
public record UserSummary(long id, long lockVersion, String username, String displayName, StaffRole role, Long branchId,
		boolean enabled, boolean mustChangePassword) {
}
