package com.hallflow.flowexecution.ui;

import com.hallflow.base.ui.Dates;
import com.hallflow.base.ui.Filters;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowexecution.RecordFilter;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.flowexecution.SessionSummary;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.AppRoles;
import com.hallflow.security.CurrentUser;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * Service records: a branch manager sees their branch, head office every branch. Filter
 * by date, clerk, flow, outcome and branch; open a record for its full step timeline.
 */
@Route("records")
@RolesAllowed({ AppRoles.BRANCH_MANAGER, AppRoles.HQ_ADMIN })
@Menu(order = 45, title = "flowexecution.records.title", icon = "RECORDS")
public class RecordsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final TextField clerk = new TextField();

	final Select<String> flow = new Select<>();

	final Select<String> outcome = new Select<>();

	final ComboBox<BranchSummary> branch = new ComboBox<>();

	final Checkbox practice = new Checkbox();

	final Grid<SessionSummary> grid = new Grid<>(SessionSummary.class, false);

	private final SessionRecordService sessions;

	private final boolean headOffice;

	RecordsView(SessionRecordService sessions, PublishedFlowService published, BranchService branches,
			CurrentUser currentUser) {
		this.sessions = sessions;
		setSizeFull();
		from.setId("records-from");
		from.setLabel(getTranslation("flowexecution.records.from"));
		to.setId("records-to");
		to.setLabel(getTranslation("flowexecution.records.to"));
		List.of(from, to).forEach(d -> Dates.picker(d, getLocale()).setWidth("9.5rem"));
		clerk.setId("records-clerk");
		clerk.setWidth("9rem");
		clerk.setLabel(getTranslation("flowexecution.records.clerk"));
		clerk.setValueChangeMode(ValueChangeMode.LAZY);
		clerk.setClearButtonVisible(true);
		List<PublishedFlow> flows = published.startable();
		Map<String, String> flowNames = flows.stream()
			.collect(Collectors.toMap(PublishedFlow::key, f -> f.document().name(), (a, b) -> a));
		flow.setId("records-flow");
		flow.setLabel(getTranslation("flowexecution.records.flow"));
		flow.setItems(flows.stream().map(PublishedFlow::key).toList());
		Filters.all(flow, getTranslation("flowexecution.records.allFlows"), k -> flowNames.getOrDefault(k, k));
		flow.setWidth("9rem");
		List<String> outcomes = new ArrayList<>(Arrays.stream(Target.Outcome.values()).map(Enum::name).toList());
		outcomes.add(SessionStatus.ABANDONED.name());
		outcomes.add(SessionStatus.IN_PROGRESS.name());
		outcome.setId("records-outcome");
		outcome.setLabel(getTranslation("flowexecution.records.outcome"));
		outcome.setItems(outcomes);
		Filters.all(outcome, getTranslation("flowexecution.records.allOutcomes"),
				o -> getTranslation("flowexecution.outcome." + o));
		outcome.setWidth("10rem");
		practice.setId("records-practice");
		practice.setLabel(getTranslation("flowexecution.records.includePractice"));
		FlexLayout filters = Filters.bar(from, to, clerk, flow, outcome);
		headOffice = currentUser.get().map(u -> u.isHeadOffice()).orElse(false);
		Map<Long, String> branchNames = new HashMap<>();
		if (headOffice) {
			List<BranchSummary> all = branches.list(BranchFilter.any(), PageRequest.of(0, 5000));
			all.forEach(b -> branchNames.put(b.id(), b.name()));
			branch.setId("records-branch");
			branch.setLabel(getTranslation("flowexecution.records.branch"));
			branch.setItems(all);
			branch.setItemLabelGenerator(BranchSummary::label);
			branch.setClearButtonVisible(true);
			Filters.all(branch, getTranslation("flowexecution.records.allBranches"));
			// wide enough for a code and a name; at 1366 px it goes to a second row
			// together with the practice box
			branch.setWidth("17rem");
			filters.add(branch);
			branch.addValueChangeListener(e -> refresh());
		}
		filters.add(practice);
		List.of(from, to).forEach(d -> d.addValueChangeListener(e -> refresh()));
		clerk.addValueChangeListener(e -> refresh());
		flow.addValueChangeListener(e -> refresh());
		outcome.addValueChangeListener(e -> refresh());
		practice.addValueChangeListener(e -> refresh());
		grid.setId("records-grid");
		// at 1366 px the receipt number is read whole: the cells are compact, the
		// branch and the outcome give way (read whole in their tooltips), the short
		// columns take no spare room
		grid.addThemeVariants(GridVariant.LUMO_COMPACT);
		grid.addColumn(s -> Dates.format(s.startedAt(), getLocale()))
			.setHeader(getTranslation("flowexecution.records.started"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(SessionSummary::flowName)
			.setHeader(getTranslation("flowexecution.records.flow"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		if (headOffice) {
			ValueProvider<SessionSummary, String> branchName = s -> branchNames.getOrDefault(s.branchId(), "");
			grid.addColumn(branchName)
				.setHeader(getTranslation("flowexecution.records.branch"))
				.setWidth("7rem")
				.setTooltipGenerator(branchName::apply);
		}
		grid.addColumn(SessionSummary::clerkDisplayName)
			.setTooltipGenerator(SessionSummary::clerkName)
			.setHeader(getTranslation("flowexecution.records.clerk"))
			.setAutoWidth(true);
		grid.addColumn(SessionSummary::mobileMasked)
			.setHeader(getTranslation("flowexecution.records.mobile"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		ValueProvider<SessionSummary, String> outcomeLabel = outcomeLabel();
		grid.addColumn(outcomeLabel)
			.setHeader(getTranslation("flowexecution.records.outcome"))
			.setWidth("7rem")
			.setTooltipGenerator(outcomeLabel::apply);
		grid.addColumn(s -> s.durationSeconds() == null ? "" : Formats.duration(s.durationSeconds() * 1000))
			.setHeader(getTranslation("flowexecution.records.duration"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		// GZ-TH-001-20261206-0001 whole, whichever rows are loaded first
		grid.addColumn(SessionSummary::receiptNo)
			.setHeader(getTranslation("flowexecution.receipt.number"))
			.setWidth("15rem")
			.setFlexGrow(0);
		grid.addItemClickListener(e -> getUI()
			.ifPresent(ui -> ui.navigate(RecordDetailView.class, GuidedRunView.params(e.getItem().id()))));
		grid.setItems(query -> sessions.records(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) sessions.count(filter()));
		add(new H2(getTranslation("flowexecution.records.title")), filters, grid);
		expand(grid);
	}

	private ValueProvider<SessionSummary, String> outcomeLabel() {
		return s -> {
			String label = getTranslation(
					"flowexecution.outcome." + (s.status() == SessionStatus.ENDED ? s.outcome() : s.status().name()));
			return s.practice() ? label + " · " + getTranslation("flowexecution.practice.badge") : label;
		};
	}

	RecordFilter filter() {
		return new RecordFilter(from.getValue(), to.getValue(),
				branch.getValue() == null ? null : branch.getValue().id(), clerk.getValue(), flow.getValue(),
				outcome.getValue(), practice.getValue());
	}

	private void refresh() {
		grid.getDataProvider().refreshAll();
	}

	/**
	 * Filters named in the address (from, to, clerk, flow, branch), so other screens can
	 * link here: the dashboard's staff table opens a clerk's records for the dates it
	 * shows.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
		first(query, "from").map(RecordsView::date).ifPresent(from::setValue);
		first(query, "to").map(RecordsView::date).ifPresent(to::setValue);
		first(query, "clerk").ifPresent(clerk::setValue);
		first(query, "flow").filter(k -> flow.getListDataView().getItems().anyMatch(k::equals))
			.ifPresent(flow::setValue);
		first(query, "branch").filter(id -> headOffice)
			.ifPresent(id -> branch.getListDataView()
				.getItems()
				.filter(b -> Long.toString(b.id()).equals(id))
				.findFirst()
				.ifPresent(branch::setValue));
	}

	private static Optional<String> first(Map<String, List<String>> query, String name) {
		return query.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("flowexecution.records.title") + " | " + getTranslation("app.name");
	}

}
