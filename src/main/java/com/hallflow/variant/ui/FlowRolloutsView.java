package com.hallflow.variant.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.Dates;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.PublishedVersion;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.AppRoles;
import com.hallflow.variant.EffectiveFlows;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.FlowRolloutService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Head office's planner of staged flow versions (decision 0027): every rollout with its
 * state in words, its stages from their start in Beijing time to what they reach by name,
 * and what it leaves out; planning the stages of a flow's latest version, pause and
 * resume, rollback after a confirmation; and which version and overlays a branch runs at
 * a chosen instant.
 */
@Route("flows/rollouts")
@RolesAllowed(AppRoles.HQ_ADMIN)
@Menu(order = 55, title = "variant.planner.title", icon = "CALENDAR_CLOCK")
public class FlowRolloutsView extends VerticalLayout implements HasDynamicTitle {

	final Grid<FlowRollout> grid = new Grid<>(FlowRollout.class, false);

	final Button create = new Button();

	final TabSheet tabs = new TabSheet();

	final BranchPreview preview;

	FlowRolloutDialog dialog;

	ConfirmDialog confirm;

	private final FlowRolloutService rollouts;

	private final PublishedFlowService flows;

	private final RegionService regions;

	private final BranchService branches;

	private final Clock clock;

	private Map<Long, String> regionNames = Map.of();

	private Map<String, String> flowNames = Map.of();

	private final Map<Long, String> branchNames = new HashMap<>();

	FlowRolloutsView(FlowRolloutService rollouts, EffectiveFlows effective, PublishedFlowService flows,
			RegionService regions, BranchService branches, Clock clock) {
		this.rollouts = rollouts;
		this.flows = flows;
		this.regions = regions;
		this.branches = branches;
		this.clock = clock;
		this.preview = new BranchPreview(effective, branches, () -> regionNames, clock);
		setSizeFull();
		create.setId("flow-rollout-create");
		create.setText(getTranslation("variant.planner.create"));
		create.setIcon(VaadinIcon.PLUS.create());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickListener(e -> edit(null));
		grid.setId("flow-rollouts");
		grid.addColumn(r -> flowNames.getOrDefault(r.flowKey(), r.flowKey()))
			.setHeader(getTranslation("variant.planner.flow"))
			.setKey("flow")
			.setAutoWidth(true);
		grid.addColumn(r -> getTranslation("variant.planner.versionNumber", r.subjectNumber()))
			.setHeader(getTranslation("variant.planner.version"))
			.setKey("version")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addComponentColumn(this::state)
			.setHeader(getTranslation("promotion.rollout.state"))
			.setKey("state")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addComponentColumn(this::plan)
			.setHeader(getTranslation("variant.planner.stages"))
			.setKey("plan")
			.setFlexGrow(1);
		grid.addColumn(r -> Dates.format(r.updatedAt(), getLocale()))
			.setHeader(getTranslation("variant.planner.updated"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addComponentColumn(this::actions).setKey("actions").setWidth("5rem").setFlexGrow(0).setFrozenToEnd(true);
		grid.setSizeFull();
		tabs.setId("flow-rollout-tabs");
		tabs.setSizeFull();
		tabs.add(getTranslation("variant.planner.list"), grid);
		tabs.add(getTranslation("variant.planner.preview"), preview);
		add(new H2(getTranslation("variant.planner.title")), create, tabs);
		expand(tabs);
		refresh();
	}

	private Component state(FlowRollout rollout) {
		return words().state(rollout, clock.instant(), "flow-rollout-state-" + rollout.id());
	}

	/** Each stage on its line (start in Beijing time, reach by name), then exclusions. */
	private Component plan(FlowRollout rollout) {
		Div plan = new Div();
		plan.setId("flow-rollout-plan-" + rollout.id());
		plan.getStyle().set("white-space", "normal").set("line-height", "var(--lumo-line-height-s)");
		words().plan(rollout).forEach(line -> plan.add(new Div(line)));
		return plan;
	}

	private RolloutWords words() {
		return new RolloutWords(this, getLocale(), regionNames, this::branchName);
	}

	private String branchName(long id) {
		return branchNames.computeIfAbsent(id, b -> {
			try {
				return branches.get(b).name();
			}
			catch (BusinessException e) {
				return "?";
			}
		});
	}

	private Component actions(FlowRollout rollout) {
		MenuBar menu = new MenuBar();
		menu.setId("flow-rollout-actions-" + rollout.id());
		menu.addThemeVariants(MenuBarVariant.LUMO_ICON, MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
		String label = getTranslation("variant.planner.actions",
				flowNames.getOrDefault(rollout.flowKey(), rollout.flowKey()) + " "
						+ getTranslation("variant.planner.versionNumber", rollout.subjectNumber()));
		MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create(), label);
		more.setAriaLabel(label);
		if (rollout.rolledBack()) {
			menu.setEnabled(false);
			return menu;
		}
		more.getSubMenu()
			.addItem(getTranslation("variant.planner.edit"), e -> edit(rollout))
			.setId("flow-rollout-edit-" + rollout.id());
		more.getSubMenu()
			.addItem(getTranslation(rollout.paused() ? "variant.planner.resume" : "variant.planner.pause"),
					e -> togglePause(rollout))
			.setId("flow-rollout-toggle-" + rollout.id());
		more.getSubMenu()
			.addItem(getTranslation("variant.planner.rollBack"), e -> confirmRollBack(rollout))
			.setId("flow-rollout-rollback-" + rollout.id());
		return menu;
	}

	private void togglePause(FlowRollout rollout) {
		try {
			rollouts.setPaused(rollout.id(), rollout.lockVersion(), !rollout.paused());
			Notifications
				.success(getTranslation(rollout.paused() ? "variant.planner.resumed" : "variant.planner.paused"));
		}
		catch (BusinessException e) {
			Notifications.error(getTranslation(e.messageKey(), e.arguments()));
		}
		refresh();
	}

	void confirmRollBack(FlowRollout rollout) {
		confirm = new ConfirmDialog();
		confirm.setId("flow-rollout-rollback-confirm");
		confirm.setHeader(getTranslation("variant.planner.rollBackTitle",
				flowNames.getOrDefault(rollout.flowKey(), rollout.flowKey()), rollout.subjectNumber()));
		confirm.setText(getTranslation("variant.planner.rollBackText"));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("base.action.cancel"));
		confirm.setConfirmText(getTranslation("variant.planner.rollBack"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener(e -> {
			try {
				rollouts.rollBack(rollout.id(), rollout.lockVersion());
				Notifications.success(getTranslation("variant.planner.rolledBack"));
			}
			catch (BusinessException ex) {
				Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
			}
			refresh();
		});
		confirm.open();
	}

	void edit(FlowRollout rollout) {
		List<PublishedVersion> latest = latestVersions();
		dialog = new FlowRolloutDialog(rollout,
				rollout == null ? null : flowNames.getOrDefault(rollout.flowKey(), rollout.flowKey()), latest,
				regions.all(), null, branches, rollouts, clock, this::refresh);
		dialog.open();
	}

	/** Each active flow's latest published version, by flow name. */
	private List<PublishedVersion> latestVersions() {
		return flows.publishedVersions()
			.stream()
			.filter(v -> !v.retired())
			.collect(Collectors.toMap(PublishedVersion::flowKey, Function.identity(),
					(a, b) -> a.number() >= b.number() ? a : b))
			.values()
			.stream()
			.sorted(Comparator.comparing(PublishedVersion::flowName))
			.toList();
	}

	void refresh() {
		regionNames = regions.all().stream().collect(Collectors.toMap(RegionNode::id, RegionNode::name));
		flowNames = flows.publishedVersions()
			.stream()
			.collect(Collectors.toMap(PublishedVersion::flowKey, PublishedVersion::flowName, (a, b) -> a));
		branchNames.clear();
		grid.setItems(rollouts.versionRollouts());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("variant.planner.title") + " | " + getTranslation("app.name");
	}

}
