package com.hallflow.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * Business days from–to (inclusive), optionally one province, one branch, one flow.
 * {@code branchIds}, when not null, keeps the figures to those branches: set by
 * {@link DashboardService#scoped} for a city's region admin (the rollups are kept per
 * branch and per province, not per city); callers leave it null.
 */
public record DashboardFilter(LocalDate from, LocalDate to, Long provinceId, Long branchId, String flowKey,
		List<Long> branchIds) {

	public DashboardFilter {
		branchIds = branchIds == null ? null : List.copyOf(branchIds);
	}

	public DashboardFilter(LocalDate from, LocalDate to, Long provinceId, Long branchId, String flowKey) {
		this(from, to, provinceId, branchId, flowKey, null);
	}

	public DashboardFilter withBranch(Long branch) {
		return new DashboardFilter(from, to, provinceId, branch, flowKey, branchIds);
	}
}
