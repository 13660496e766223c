package com.hallflow.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in staff member as the rest of the application sees them: a branch user's
 * branch, a region admin's region.
 */
public record AppUser(long id, String username, String displayName, StaffRole role, BranchRef branch, RegionRef region,
		boolean mustChangePassword, Locale locale) {

	public boolean isHeadOffice() {
		return role == StaffRole.HQ_ADMIN;
	}

	public Optional<BranchRef> branchRef() {
		return Optional.ofNullable(branch);
	}

	public Optional<Long> branchId() {
		return branchRef().map(BranchRef::id);
	}

	public Optional<RegionRef> regionRef() {
		return Optional.ofNullable(region);
	}

	public Optional<Long> regionId() {
		return regionRef().map(RegionRef::id);
	}
}
