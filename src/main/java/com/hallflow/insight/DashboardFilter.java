package com.hallflow.insight;

import java.time.LocalDate;

/** Business days from–to (inclusive), optionally one province, one branch, one flow. */
public record DashboardFilter(LocalDate from, LocalDate to, Long provinceId, Long branchId, String flowKey) {

	public DashboardFilter withBranch(Long branch) {
		return new DashboardFilter(from, to, provinceId, branch, flowKey);
	}
}
