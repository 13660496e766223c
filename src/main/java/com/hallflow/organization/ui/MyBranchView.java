package com.hallflow.organization.ui;

import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.AppRoles;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserFilter;
import com.hallflow.security.UserSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** A branch manager's read-only view of their own branch and its staff. */
@Route("my-branch")
@RolesAllowed(AppRoles.BRANCH_MANAGER)
@Menu(order = 40, title = "organization.myBranch.title", icon = "SHOP")
public class MyBranchView extends VerticalLayout implements HasDynamicTitle {

	final Grid<UserSummary> staff = new Grid<>(UserSummary.class, false);

	MyBranchView(BranchService branches, UserAccountService accounts, CurrentUser currentUser) {
		setSizeFull();
		BranchSummary branch = branches.get(currentUser.require().branchId().orElseThrow());
		FormLayout details = new FormLayout(readOnly("branch-code", "organization.branch.code", branch.code()),
				readOnly("branch-name", "organization.branch.name", branch.name()),
				readOnly("branch-region", "organization.branch.region", branch.regionName()),
				readOnly("branch-status", "organization.branch.status",
						getTranslation(branch.open() ? "organization.branch.open" : "organization.branch.closed")),
				readOnly("branch-address", "organization.branch.address", branch.address()));
		staff.setId("my-branch-staff");
		StaffColumns.add(staff, Map.of(branch.id(), branch), Map.of());
		staff.setItems(
				query -> accounts.list(UserFilter.any(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) accounts.count(UserFilter.any()));
		add(new H2(getTranslation("organization.myBranch.title")), details,
				new H3(getTranslation("organization.myBranch.staff")), staff);
		expand(staff);
	}

	private TextField readOnly(String id, String labelKey, String value) {
		TextField field = new TextField(getTranslation(labelKey));
		field.setId(id);
		field.setValue(value == null ? "" : value);
		field.setReadOnly(true);
		return field;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("organization.myBranch.title") + " | " + getTranslation("app.name");
	}

}
