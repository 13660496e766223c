package com.hallflow.security;

/**
 * One staff account as listed in the administration grid; {@code regionId} is a region
 * admin's region.
 */
public record UserSummary(long id, long lockVersion, String username, String displayName, StaffRole role, Long branchId,
		Long regionId, boolean enabled, boolean mustChangePassword) {
}
