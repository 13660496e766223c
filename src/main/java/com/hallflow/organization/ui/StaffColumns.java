package com.hallflow.organization.ui;

import com.hallflow.organization.BranchSummary;
import com.hallflow.security.UserSummary;
import com.vaadin.flow.component.grid.Grid;
import java.util.Map;

/**
 * The staff columns shared by head office's staff list and a manager's own-branch list.
 * Where someone works: head office, a branch by its name, a region admin's region by its
 * name.
 */
final class StaffColumns {

	private StaffColumns() {
	}

	static void add(Grid<UserSummary> grid, Map<Long, BranchSummary> branchesById, Map<Long, String> regionLabels) {
		grid.addColumn(UserSummary::username)
			.setHeader(grid.getTranslation("organization.staff.username"))
			.setSortProperty("username")
			.setAutoWidth(true);
		grid.addColumn(UserSummary::displayName)
			.setHeader(grid.getTranslation("organization.staff.displayName"))
			.setSortProperty("displayName")
			.setAutoWidth(true);
		grid.addColumn(u -> grid.getTranslation(u.role().messageKey()))
			.setHeader(grid.getTranslation("organization.staff.role"))
			.setAutoWidth(true);
		grid.addColumn(u -> u.regionId() != null ? regionLabels.getOrDefault(u.regionId(), "")
				: u.branchId() == null ? grid.getTranslation("shell.headOffice")
						: branchesById.containsKey(u.branchId()) ? branchesById.get(u.branchId()).name() : "")
			.setHeader(grid.getTranslation("organization.staff.workplace"))
			.setAutoWidth(true);
		grid.addColumn(u -> grid.getTranslation(state(u)))
			.setHeader(grid.getTranslation("organization.staff.state"))
			.setAutoWidth(true);
	}

	private static String state(UserSummary user) {
		if (!user.enabled()) {
			return "organization.staff.state.disabled";
		}
		return user.mustChangePassword() ? "organization.staff.state.mustChange" : "organization.staff.state.active";
	}

}
