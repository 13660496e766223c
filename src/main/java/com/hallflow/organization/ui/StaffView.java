package com.hallflow.organization.ui;

import com.hallflow.base.ui.Filters;
import com.hallflow.base.ui.SearchField;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.AppRoles;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserFilter;
import com.hallflow.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Head office's list of staff accounts across all branches and regions. */
@Route("staff")
@RolesAllowed(AppRoles.HQ_ADMIN)
@Menu(order = 30, title = "organization.staff.title", icon = "USERS")
public class StaffView extends VerticalLayout implements HasDynamicTitle {

	final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);

	final SearchField search;

	final Select<StaffRole> role = new Select<>();

	final ComboBox<BranchSummary> branch = new ComboBox<>();

	final Button create = new Button();

	private final UserAccountService accounts;

	private final List<BranchSummary> branches;

	StaffView(UserAccountService accounts, BranchService branchService, RegionService regionService) {
		this.accounts = accounts;
		this.branches = branchService.list(BranchFilter.any(), Pageable.unpaged(Sort.by("code")));
		List<RegionNode> regions = regionService.all();
		Map<Long, BranchSummary> byId = branches.stream()
			.collect(Collectors.toMap(BranchSummary::id, Function.identity()));
		Map<Long, String> regionLabels = regions.stream()
			.collect(Collectors.toMap(RegionNode::id, r -> RegionLabels.path(r, regions)));
		setSizeFull();

		search = new SearchField("staff-search", getTranslation("organization.staff.search"), this::refresh);

		role.setId("staff-role-filter");
		role.setItems(StaffRole.values());
		Filters.all(role, getTranslation("organization.staff.allRoles"), r -> getTranslation(r.messageKey()));
		role.addValueChangeListener(e -> refresh());

		branch.setId("staff-branch-filter");
		Filters.all(branch, getTranslation("organization.staff.allBranches"));
		branch.setItems(branches);
		branch.setItemLabelGenerator(BranchSummary::label);
		branch.setClearButtonVisible(true);
		branch.addValueChangeListener(e -> refresh());

		create.setId("staff-create");
		create.setText(getTranslation("organization.staff.create"));
		create.setIcon(VaadinIcon.PLUS.create());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickListener(e -> new UserDialog(accounts, branches, regions, null, this::refresh).open());

		FlexLayout toolbar = Filters.bar(search, role, branch, create);
		toolbar.setFlexGrow(1, search);

		grid.setId("staff-grid");
		StaffColumns.add(grid, byId, regionLabels);
		grid.addItemClickListener(e -> new UserDialog(accounts, branches, regions, e.getItem(), this::refresh).open());
		grid.setItems(query -> accounts.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) accounts.count(filter()));

		add(new H2(getTranslation("organization.staff.title")), toolbar, grid);
		expand(grid);
	}

	private UserFilter filter() {
		return new UserFilter(search.getValue(), role.getValue(),
				branch.getValue() == null ? null : branch.getValue().id());
	}

	private void refresh() {
		grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("organization.staff.title") + " | " + getTranslation("app.name");
	}

}
