package com.hallflow.security;

/** Grid filter for staff accounts; null members mean "any". */
public record UserFilter(String text, StaffRole role, Long branchId) {

	public static UserFilter any() {
		return new UserFilter(null, null, null);
	}
}
