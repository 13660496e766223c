package com.hallflow.organization.ui;

import com.hallflow.base.ui.Filters;
import com.hallflow.base.ui.SearchField;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.organization.RegionTree;
import com.hallflow.security.AppRoles;
import com.hallflow.security.AppUser;
import com.hallflow.security.CurrentUser;
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
import java.util.Optional;

/**
 * Head office's list of branches: lazy, filterable, edited in a dialog. A region admin
 * reads the branches of their region here (the service lists no others), without editing.
 */
@Route("branches")
@RolesAllowed({ AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN })
@Menu(order = 20, title = "organization.branches.title", icon = "BUILDING")
public class BranchesView extends VerticalLayout implements HasDynamicTitle {

	final Grid<BranchSummary> grid = new Grid<>(BranchSummary.class, false);

	final SearchField search;

	final ComboBox<RegionNode> region = new ComboBox<>();

	final Select<Boolean> status = new Select<>();

	final Button create = new Button();

	private final BranchService branches;

	private final List<RegionNode> regions;

	BranchesView(BranchService branches, RegionService regionService, CurrentUser currentUser) {
		this.branches = branches;
		this.regions = regionService.all();
		AppUser me = currentUser.require();
		Optional<Long> ownRegion = me.regionId();
		RegionTree tree = RegionTree.of(regions);
		setSizeFull();

		search = new SearchField("branch-search", getTranslation("organization.branches.search"), this::refresh);

		region.setId("branch-region-filter");
		Filters.all(region, getTranslation("organization.branches.allRegions"));
		region.setItems(
				regions.stream().filter(r -> ownRegion.map(own -> tree.within(r.id(), own)).orElse(true)).toList());
		region.setItemLabelGenerator(r -> RegionLabels.path(r, regions));
		region.setClearButtonVisible(true);
		region.addValueChangeListener(e -> refresh());

		status.setId("branch-status-filter");
		status.setItems(Boolean.TRUE, Boolean.FALSE);
		Filters.all(status, getTranslation("organization.branches.allStatuses"),
				open -> getTranslation(open ? "organization.branch.open" : "organization.branch.closed"));
		status.addValueChangeListener(e -> refresh());

		create.setId("branch-create");
		create.setText(getTranslation("organization.branches.create"));
		create.setIcon(VaadinIcon.PLUS.create());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickListener(e -> openEditor(null));
		create.setVisible(me.isHeadOffice());

		FlexLayout toolbar = Filters.bar(search, region, status, create);
		toolbar.setFlexGrow(1, search);

		grid.setId("branch-grid");
		grid.addColumn(BranchSummary::code)
			.setHeader(getTranslation("organization.branch.code"))
			.setSortProperty("code")
			.setAutoWidth(true);
		grid.addColumn(BranchSummary::name)
			.setHeader(getTranslation("organization.branch.name"))
			.setSortProperty("name")
			.setAutoWidth(true);
		grid.addColumn(BranchSummary::regionName).setHeader(getTranslation("organization.branch.region"));
		grid.addColumn(BranchSummary::address).setHeader(getTranslation("organization.branch.address")).setFlexGrow(2);
		grid.addColumn(b -> getTranslation(b.open() ? "organization.branch.open" : "organization.branch.closed"))
			.setHeader(getTranslation("organization.branch.status"))
			.setAutoWidth(true);
		if (me.isHeadOffice()) {
			grid.addItemClickListener(e -> openEditor(e.getItem()));
		}
		grid.setItems(query -> branches.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) branches.count(filter()));

		add(new H2(getTranslation("organization.branches.title")), toolbar, grid);
		expand(grid);
	}

	private BranchFilter filter() {
		return new BranchFilter(search.getValue(), region.getValue() == null ? null : region.getValue().id(),
				status.getValue());
	}

	private void refresh() {
		grid.getDataProvider().refreshAll();
	}

	private void openEditor(BranchSummary branch) {
		new BranchDialog(branches, regions, branch, this::refresh).open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("organization.branches.title") + " | " + getTranslation("app.name");
	}

}
