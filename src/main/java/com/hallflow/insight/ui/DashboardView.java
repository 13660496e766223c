package com.hallflow.insight.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.Dates;
import com.hallflow.base.ui.Filters;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.insight.Dashboard;
import com.hallflow.insight.DashboardFilter;
import com.hallflow.insight.DashboardService;
import com.hallflow.insight.Figures;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.AppRoles;
import com.hallflow.security.AppUser;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.RegionRef;
import com.hallflow.security.StaffRole;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * Service quality (服务质量): head office over the whole network, a region admin over the
 * branches of their region, a branch manager over their branch with the per-clerk
 * assessment. The filters on top; each change reads the whole dashboard with one service
 * call and shows it (the figures come from the rollups; practice sessions are never
 * counted).
 */
@Route("insight")
@RolesAllowed({ AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN, AppRoles.BRANCH_MANAGER })
@Menu(order = 47, title = "insight.dashboard.title", icon = "CHART")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Select<Long> province = new Select<>();

	final ComboBox<BranchSummary> branch = new ComboBox<>();

	/**
	 * The same choice as {@link #branch}, next to the staff tab's words asking head
	 * office to choose a branch.
	 */
	final ComboBox<BranchSummary> clerkBranch = new ComboBox<>();

	final Select<String> flow = new Select<>();

	final SummaryCards summary = new SummaryCards();

	final DashboardTabs tabs;

	private final DashboardService dashboards;

	private final boolean headOffice;

	/**
	 * Head office or a region admin: the figures of many branches, narrowed by the
	 * filters.
	 */
	private final boolean manyBranches;

	DashboardView(DashboardService dashboards, CurrentUser currentUser, PublishedFlowService flows,
			RegionService regions, BranchService branches, Clock clock) {
		this.dashboards = dashboards;
		AppUser me = currentUser.require();
		this.headOffice = me.isHeadOffice();
		this.manyBranches = headOffice || me.role() == StaffRole.REGION_ADMIN;
		this.tabs = new DashboardTabs(headOffice, manyBranches);
		// the page grows with the chart and table of the tab shown and scrolls as a whole
		setWidthFull();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		from.setId("insight-from");
		from.setLabel(getTranslation("insight.filter.from"));
		from.setValue(today.minusDays(29));
		// narrow enough that the branch picker fits on the same line at 1366 px
		from.setWidth("10rem");
		to.setId("insight-to");
		to.setLabel(getTranslation("insight.filter.to"));
		to.setValue(today);
		to.setWidth("10rem");
		Dates.picker(from, getLocale());
		Dates.picker(to, getLocale());
		Map<String, String> flowNames = flows.startable()
			.stream()
			.collect(Collectors.toMap(PublishedFlow::key, f -> f.document().name(), (a, b) -> a));
		flow.setId("insight-flow");
		flow.setLabel(getTranslation("insight.column.flow"));
		flow.setItems(new ArrayList<>(flowNames.keySet()));
		Filters.all(flow, getTranslation("insight.filter.allFlows"), k -> flowNames.getOrDefault(k, k));
		FlexLayout filters = Filters.bar(from, to, flow);
		if (headOffice) {
			placeFilters(regions, branches);
			filters.add(province, branch);
		}
		else if (manyBranches) {
			// a region admin: the branches of their region, which the branch service
			// lists
			branchFilters(branches);
			filters.add(branch);
		}
		from.addValueChangeListener(e -> refresh());
		to.addValueChangeListener(e -> refresh());
		flow.addValueChangeListener(e -> refresh());
		if (me.role() != StaffRole.REGION_ADMIN) {
			// the records are the branch's and head office's, not a region admin's
			tabs.byClerk.addItemClickListener(e -> openRecordsOf(e.getItem()));
		}
		String title = headOffice ? getTranslation("insight.dashboard.title")
				: manyBranches
						? getTranslation("insight.dashboard.regionTitle",
								me.regionRef().map(RegionRef::label).orElse(""))
						: getTranslation("insight.dashboard.branchTitle");
		add(new H2(title), filters, summary, tabs);
		refresh();
	}

	/** Head office narrows the figures to a province or a branch. */
	private void placeFilters(RegionService regions, BranchService branches) {
		List<RegionNode> provinces = regions.all().stream().filter(RegionNode::isProvince).toList();
		Map<Long, String> names = provinces.stream().collect(Collectors.toMap(RegionNode::id, RegionNode::name));
		province.setId("insight-province");
		province.setLabel(getTranslation("insight.column.province"));
		province.setItems(provinces.stream().map(RegionNode::id).toList());
		Filters.all(province, getTranslation("insight.filter.allProvinces"), id -> names.getOrDefault(id, ""));
		province.addValueChangeListener(e -> refresh());
		branchFilters(branches);
	}

	/** The branch picker and its twin on the staff tab. */
	private void branchFilters(BranchService branches) {
		branchPicker(branch, "insight-branch", branches);
		Filters.all(branch, getTranslation("insight.filter.allBranches"));
		branchPicker(clerkBranch, "insight-clerk-branch", branches);
		tabs.clerkHint.add(clerkBranch);
		branch.addValueChangeListener(e -> {
			clerkBranch.setValue(e.getValue());
			refresh();
		});
		clerkBranch.addValueChangeListener(e -> branch.setValue(e.getValue()));
	}

	private void branchPicker(ComboBox<BranchSummary> picker, String id, BranchService branches) {
		picker.setId(id);
		picker.setLabel(getTranslation("insight.column.branch"));
		picker.setItems(
				query -> branches
					.list(new BranchFilter(query.getFilter().orElse(""), null, null),
							PageRequest.of(query.getPage(), query.getPageSize()))
					.stream());
		picker.setItemLabelGenerator(BranchSummary::label);
		picker.setClearButtonVisible(true);
		picker.setMinWidth("18rem");
	}

	/**
	 * The filter the screen shows; head office without a branch chosen sees no per-clerk
	 * table.
	 */
	DashboardFilter filter() {
		return new DashboardFilter(from.getValue(), to.getValue(), headOffice ? province.getValue() : null,
				manyBranches && branch.getValue() != null ? branch.getValue().id() : null, flow.getValue());
	}

	void refresh() {
		try {
			Dashboard dashboard = dashboards.dashboard(filter());
			summary.show(dashboard.total());
			tabs.show(dashboard);
			tabs.needBranch(manyBranches && branch.getValue() == null);
			to.setInvalid(false);
		}
		catch (BusinessException e) {
			if (e.field().filter("to"::equals).isPresent()) {
				to.setErrorMessage(getTranslation(e.messageKey()));
				to.setInvalid(true);
			}
			else {
				Notifications.error(getTranslation(e.messageKey(), e.arguments()));
			}
		}
	}

	/**
	 * A clerk's records for the dates and business the dashboard shows (a click on the
	 * staff table).
	 */
	void openRecordsOf(Figures clerk) {
		DashboardFilter shown = filter();
		Map<String, String> query = new LinkedHashMap<>();
		query.put("clerk", clerk.label());
		query.put("from", shown.from().toString());
		query.put("to", shown.to().toString());
		if (shown.flowKey() != null) {
			query.put("flow", shown.flowKey());
		}
		if (shown.branchId() != null) {
			query.put("branch", Long.toString(shown.branchId()));
		}
		getUI().ifPresent(ui -> ui.navigate("records", QueryParameters.simple(query)));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("insight.dashboard.title") + " | " + getTranslation("app.name");
	}

}
