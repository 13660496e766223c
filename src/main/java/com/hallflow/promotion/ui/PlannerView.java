package com.hallflow.promotion.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.CustomerGrade;
import com.hallflow.base.ui.Dates;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.Placeholders;
import com.hallflow.flowdesign.counter.ScriptCard;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.promotion.Offer;
import com.hallflow.promotion.OfferService;
import com.hallflow.promotion.PackageService;
import com.hallflow.promotion.PlannerService;
import com.hallflow.promotion.Rollout;
import com.hallflow.promotion.RolloutConflict;
import com.hallflow.promotion.RolloutService;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.planning.TargetNames;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * The promotion planner (HQ): every rollout on a timeline with its stages, state and
 * conflict flags; a matrix of packages × provinces as of a chosen time; and a preview of
 * exactly what one branch's clerks would see at each promotion step at a chosen time.
 */
@Route("promotions/planner")
@RolesAllowed(AppRoles.HQ_ADMIN)
@Menu(order = 70, title = "promotion.planner.title", icon = "CALENDAR_CLOCK")
public class PlannerView extends VerticalLayout implements HasDynamicTitle {

	/** Days the timeline shows: a week back, twelve weeks ahead. */
	static final int DAYS_BEFORE = 7;
	static final int DAYS_SHOWN = 91;

	final Grid<Rollout> timeline = new Grid<>(Rollout.class, false);

	final ReachMatrixTab matrix;

	final ComboBox<BranchSummary> previewBranch = new ComboBox<>();

	final DateTimePicker previewAt = new DateTimePicker();

	final Select<CustomerGrade> previewGrade = new Select<>();

	final Div preview = new Div();

	final Button create = new Button();

	final TabSheet tabs = new TabSheet();

	RolloutDialog dialog;

	private final RolloutService rollouts;

	private final PackageService packages;

	private final OfferService offers;

	private final RegionService regions;

	private final BranchService branches;

	private final Clock clock;

	private Map<Long, List<RolloutConflict>> conflicts = Map.of();

	private Map<Long, String> regionNames = Map.of();

	private List<Rollout> all = List.of();

	@SuppressWarnings("java:S107") // collaborators injected by Spring
	PlannerView(RolloutService rollouts, PlannerService planner, PackageService packages, OfferService offers,
			RegionService regions, BranchService branches, Clock clock) {
		this.rollouts = rollouts;
		this.packages = packages;
		this.offers = offers;
		this.regions = regions;
		this.branches = branches;
		this.clock = clock;
		this.matrix = new ReachMatrixTab(planner, regions.all().stream().filter(RegionNode::isProvince).toList(),
				clock);
		setSizeFull();
		create.setId("rollout-create");
		create.setText(getTranslation("promotion.planner.create"));
		create.setIcon(VaadinIcon.PLUS.create());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickListener(e -> edit(null));
		tabs.setId("planner-tabs");
		tabs.setSizeFull();
		tabs.add(getTranslation("promotion.planner.timeline"), timelineTab());
		tabs.add(getTranslation("promotion.planner.matrix"), matrix);
		tabs.add(getTranslation("promotion.planner.preview"), previewTab());
		add(new H2(getTranslation("promotion.planner.title")), create, tabs);
		expand(tabs);
		refresh();
	}

	private Component timelineTab() {
		timeline.setId("rollout-timeline");
		// names share the width with the bars, taking more of the room left than
		// the bars do: a long one ends in an ellipsis and is read in full in its
		// tooltip; the short figures take no spare room
		timeline.addColumn(Rollout::name)
			.setHeader(getTranslation("promotion.rollout.name"))
			.setKey("name")
			.setTooltipGenerator(Rollout::name)
			.setWidth("11rem")
			.setFlexGrow(2)
			.setResizable(true);
		timeline.addColumn(PlannerView::packageLabel)
			.setHeader(getTranslation("promotion.rollout.package"))
			.setKey("package")
			.setTooltipGenerator(PlannerView::packageLabel)
			.setWidth("11rem")
			.setFlexGrow(2)
			.setResizable(true);
		timeline.addColumn(Rollout::priority)
			.setHeader(getTranslation("promotion.rollout.priority"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		timeline.addColumn(r -> r.quotaPerBranch() == null ? "—" : r.quotaPerBranch().toString())
			.setHeader(getTranslation("promotion.planner.quota"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		timeline.addComponentColumn(this::bar).setHeader(timelineHeader()).setFlexGrow(1).setWidth("14rem");
		timeline.addComponentColumn(this::state)
			.setHeader(getTranslation("promotion.rollout.state"))
			.setKey("state")
			.setAutoWidth(true)
			.setFlexGrow(0);
		timeline.addComponentColumn(this::actions)
			.setKey("actions")
			.setWidth("5rem")
			.setFlexGrow(0)
			.setFrozenToEnd(true);
		timeline.setSizeFull();
		VerticalLayout tab = new VerticalLayout(new TimelineLegend(), timeline);
		tab.setPadding(false);
		tab.setSizeFull();
		tab.expand(timeline);
		return tab;
	}

	private static String packageLabel(Rollout rollout) {
		return rollout.packageCode() + " " + rollout.packageName();
	}

	/**
	 * The row's actions behind one "⋮" button in a column frozen to the grid's end, so
	 * they stay in reach however wide the other columns are.
	 */
	private Component actions(Rollout rollout) {
		MenuBar menu = new MenuBar();
		menu.setId("rollout-actions-" + rollout.id());
		menu.addThemeVariants(MenuBarVariant.LUMO_ICON, MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
		String label = getTranslation("promotion.planner.actions", rollout.name());
		MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create(), label);
		more.setAriaLabel(label);
		MenuItem toggle = more.getSubMenu()
			.addItem(getTranslation(rollout.paused() ? "promotion.rollout.resume" : "promotion.rollout.pause"),
					e -> togglePause(rollout));
		toggle.setId("rollout-toggle-" + rollout.id());
		withIcon(toggle, rollout.paused() ? VaadinIcon.PLAY : VaadinIcon.PAUSE);
		MenuItem edit = more.getSubMenu().addItem(getTranslation("promotion.planner.edit"), e -> edit(rollout));
		edit.setId("rollout-edit-" + rollout.id());
		withIcon(edit, VaadinIcon.EDIT);
		return menu;
	}

	private static void withIcon(MenuItem item, VaadinIcon icon) {
		Icon shown = icon.create();
		shown.setSize("var(--lumo-icon-size-s)");
		shown.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
		item.addComponentAsFirst(shown);
	}

	/**
	 * The window's dates on a line of their own under the word, never broken inside a
	 * date.
	 */
	private Component timelineHeader() {
		LocalDate first = today().minusDays(DAYS_BEFORE);
		LocalDate last = first.plusDays(DAYS_SHOWN - 1);
		Span range = new Span(getTranslation("promotion.planner.windowRange", first, last));
		range.setId("timeline-window-range");
		range.getStyle().set("display", "block").set("white-space", "nowrap");
		Span header = new Span(new Span(getTranslation("promotion.planner.windowTitle")), range);
		header.setId("timeline-window");
		header.setTitle(getTranslation("promotion.planner.window", first, last));
		header.getStyle().set("white-space", "normal");
		return header;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
	}

	/**
	 * The rollout's span in the timeline window, a segment per stage, a line at today.
	 */
	private Component bar(Rollout rollout) {
		Instant windowStart = today().minusDays(DAYS_BEFORE).atStartOfDay(ClockConfiguration.BUSINESS_ZONE).toInstant();
		long windowMillis = Duration.ofDays(DAYS_SHOWN).toMillis();
		Div track = new Div();
		track.addClassName("timeline-track");
		List<Stage> stages = rollout.stages();
		for (int i = 0; i < stages.size(); i++) {
			Instant from = stages.get(i).startsAt();
			Instant to = i + 1 < stages.size() ? stages.get(i + 1).startsAt() : rollout.endsAt();
			double left = fraction(from, windowStart, windowMillis);
			double right = to == null ? 1 : fraction(to, windowStart, windowMillis);
			if (right <= 0 || left >= 1) {
				continue;
			}
			Div segment = TimelineLegend.segment(i, rollout.paused());
			segment.getStyle()
				.set("left", percent(Math.max(0, left)))
				.set("width", percent(Math.min(1, right) - Math.max(0, left)));
			segment.setTitle(getTranslation("promotion.planner.stageTitle", i + 1, Dates.format(from, getLocale()),
					reach(stages.get(i))));
			track.add(segment);
		}
		Div today = new Div();
		today.addClassName("timeline-today");
		today.getStyle().set("left", percent(fraction(clock.instant(), windowStart, windowMillis)));
		track.add(today);
		return track;
	}

	private static double fraction(Instant at, Instant windowStart, long windowMillis) {
		return (double) Duration.between(windowStart, at).toMillis() / windowMillis;
	}

	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.2f%%", value * 100);
	}

	private Component state(Rollout rollout) {
		HorizontalLayout badges = new HorizontalLayout();
		badges.setSpacing(false);
		badges.add(new RolloutStateBadge(rollout.stateAt(clock.instant())));
		List<RolloutConflict> mine = conflicts.getOrDefault(rollout.id(), List.of());
		if (!mine.isEmpty()) {
			Span conflict = new Span(VaadinIcon.WARNING.create(),
					new Span(getTranslation("promotion.planner.conflict")));
			conflict.setId("rollout-conflict-" + rollout.id());
			conflict.getElement().getThemeList().add("badge error");
			conflict.setTitle(getTranslation("promotion.planner.conflictWith",
					mine.stream().map(RolloutConflict::otherName).collect(Collectors.joining("、"))));
			badges.add(conflict);
		}
		return badges;
	}

	private String reach(Stage stage) {
		return TargetNames.of(this, stage.targets(), regionNames, this::branchName);
	}

	private final Map<Long, BranchSummary> branchCache = new HashMap<>();

	private BranchSummary branch(long id) {
		return branchCache.computeIfAbsent(id, branches::get);
	}

	private String branchName(long id) {
		try {
			return branch(id).name();
		}
		catch (BusinessException e) {
			return "?";
		}
	}

	private Component previewTab() {
		previewBranch.setId("preview-branch");
		previewBranch.setLabel(getTranslation("promotion.planner.previewBranch"));
		previewBranch.setItems(
				query -> branches
					.list(new BranchFilter(query.getFilter().orElse(""), null, null),
							PageRequest.of(query.getPage(), query.getPageSize()))
					.stream());
		previewBranch.setItemLabelGenerator(BranchSummary::label);
		// wide enough for a branch's code and name; a longer one is read in the tooltip
		previewBranch.setWidth("24rem");
		previewBranch.addValueChangeListener(
				e -> previewBranch.setTooltipText(e.getValue() == null ? "" : e.getValue().label()));
		previewAt.setId("preview-at");
		previewAt.setLabel(getTranslation("promotion.planner.previewAt"));
		Dates.picker(previewAt, getLocale());
		previewAt.setValue(LocalDateTime.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE));
		previewGrade.setId("preview-grade");
		previewGrade.setLabel(getTranslation("flowexecution.start.grade"));
		previewGrade.setItems(CustomerGrade.values());
		previewGrade.setItemLabelGenerator(g -> g == null ? "" : getTranslation(g.messageKey()));
		previewGrade.setEmptySelectionAllowed(true);
		previewGrade.setEmptySelectionCaption(getTranslation("promotion.planner.gradeUnknown"));
		Button show = new Button(getTranslation("promotion.planner.showPreview"), e -> showPreview());
		show.setId("preview-show");
		show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		preview.setId("preview");
		HorizontalLayout bar = new HorizontalLayout(previewBranch, previewAt, previewGrade, show);
		bar.setAlignItems(Alignment.BASELINE);
		VerticalLayout tab = new VerticalLayout(bar, preview);
		tab.setPadding(false);
		return tab;
	}

	void showPreview() {
		preview.removeAll();
		BranchSummary branch = previewBranch.getValue();
		if (branch == null || previewAt.getValue() == null) {
			previewBranch.setInvalid(branch == null);
			previewBranch.setErrorMessage(getTranslation("promotion.planner.chooseBranch"));
			return;
		}
		previewBranch.setInvalid(false);
		Instant at = RolloutDialog.at(previewAt.getValue());
		Map<String, String> placeholders = Placeholders.values().branch(branch.name(), branch.address()).build();
		for (OfferService.PreviewStep step : offers.preview(branch.id(), at, previewGrade.getValue())) {
			Div card = new Div();
			card.addClassName("preview-step");
			card.setId("preview-" + step.flowKey() + "-" + step.stepKey());
			card.add(new H4(step.flowName() + " · " + step.stepTitle()));
			if (step.offers().isEmpty()) {
				card.add(new Span(getTranslation("promotion.planner.noOffers")));
			}
			for (Offer offer : step.offers()) {
				Div row = new Div();
				row.addClassName("offer-card");
				Span name = new Span(offer.packageName() + " · "
						+ getTranslation("promotion.counter.price", offer.monthlyPrice().toPlainString()));
				name.addClassName("offer-name");
				Span from = new Span(
						getTranslation("promotion.planner.fromRollout", offer.rolloutName(), offer.priority())
								+ (offer.quotaLeft() == null ? ""
										: " · " + getTranslation("promotion.counter.quotaLeft", offer.quotaLeft())));
				from.addClassName("offer-quota");
				// the counter's card puts these in a row; here each has its own line
				from.getStyle().set("display", "block");
				name.getStyle().set("display", "block");
				row.add(name, from, ScriptCard.of(offer.pitchScript(), placeholders));
				card.add(row);
			}
			preview.add(card);
		}
	}

	private void togglePause(Rollout rollout) {
		try {
			rollouts.setPaused(rollout.id(), rollout.lockVersion(), !rollout.paused());
			Notifications
				.success(getTranslation(rollout.paused() ? "promotion.rollout.resumed" : "promotion.rollout.paused"));
		}
		catch (BusinessException e) {
			Notifications.error(getTranslation(e.messageKey(), e.arguments()));
		}
		refresh();
	}

	void edit(Rollout rollout) {
		dialog = new RolloutDialog(rollout, packages.all(), regions.all(), branches, rollouts, clock, this::refresh);
		dialog.open();
	}

	void refresh() {
		regionNames = regions.all().stream().collect(Collectors.toMap(RegionNode::id, RegionNode::name));
		branchCache.clear();
		conflicts = rollouts.conflicts().stream().collect(Collectors.groupingBy(RolloutConflict::rolloutId));
		all = rollouts.all();
		timeline.setItems(all);
		matrix.refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("promotion.planner.title") + " | " + getTranslation("app.name");
	}

}
