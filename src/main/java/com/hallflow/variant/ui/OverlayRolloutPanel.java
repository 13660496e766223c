package com.hallflow.variant.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.Notifications;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.FlowRolloutService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The staged rollout of a region's overlay of a flow (decision 0027), open now or the
 * latest: its state, its stages and exclusions, and how far it reaches now. The region's
 * admin plans its stages, pauses or resumes it and rolls it back, each after a
 * confirmation, through {@link FlowRolloutService}, which checks and audits; head office
 * sees it read-only. Hidden while the region's overlays of the flow were never staged.
 */
class OverlayRolloutPanel extends VerticalLayout {

	/** The changes asked for, by the keys of their words. */
	private enum Step {

		PAUSE("variant.overlayRollout.pauseTitle", "variant.overlayRollout.pauseText", "variant.planner.pause",
				"variant.planner.paused"),
		RESUME("variant.overlayRollout.resumeTitle", "variant.overlayRollout.resumeText", "variant.planner.resume",
				"variant.planner.resumed"),
		ROLL_BACK("variant.overlayRollout.rollBackTitle", "variant.overlayRollout.rollBackText",
				"variant.planner.rollBack", "variant.overlayRollout.rolledBack");

		final String title;

		final String text;

		final String action;

		final String done;

		Step(String title, String text, String action, String done) {
			this.title = title;
			this.text = text;
			this.action = action;
			this.done = done;
		}

	}

	final H3 title = new H3();

	final Div plan = new Div();

	final Span reach = new Span();

	final Button edit = new Button();

	final Button toggle = new Button();

	final Button rollBack = new Button();

	ConfirmDialog confirm;

	FlowRolloutDialog dialog;

	private final FlowRolloutService rollouts;

	private final RegionService regions;

	private final BranchService branches;

	private final Clock clock;

	private final HorizontalLayout actions;

	private final Div stateBox = new Div();

	private final Map<Long, String> branchNames = new HashMap<>();

	private String flowKey;

	private String flowName;

	private RegionNode region;

	private FlowRollout rollout;

	private final String idPrefix;

	/**
	 * @param manage whether the caller (the region's admin) may change the rollout
	 */
	OverlayRolloutPanel(FlowRolloutService rollouts, RegionService regions, BranchService branches, Clock clock,
			boolean manage) {
		this(rollouts, regions, branches, clock, manage, "overlay-rollout");
	}

	/**
	 * @param idPrefix the start of the panel's element ids (a second panel in one view
	 * takes another)
	 */
	OverlayRolloutPanel(FlowRolloutService rollouts, RegionService regions, BranchService branches, Clock clock,
			boolean manage, String idPrefix) {
		this.idPrefix = idPrefix;
		this.rollouts = rollouts;
		this.regions = regions;
		this.branches = branches;
		this.clock = clock;
		setId(idPrefix);
		setPadding(false);
		title.setId(idPrefix + "-title");
		plan.setId(idPrefix + "-plan");
		reach.setId(idPrefix + "-reach");
		edit.setId(idPrefix + "-edit");
		edit.setText(getTranslation("variant.planner.edit"));
		edit.addClickListener(e -> edit());
		toggle.setId(idPrefix + "-toggle");
		toggle.addClickListener(e -> confirmToggle());
		rollBack.setId(idPrefix + "-rollback");
		rollBack.setText(getTranslation("variant.planner.rollBack"));
		rollBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
		rollBack.addClickListener(e -> {
			FlowRollout asked = rollout;
			confirm(Step.ROLL_BACK, () -> rollouts.rollBack(asked.id(), asked.lockVersion()));
		});
		actions = new HorizontalLayout(edit, toggle, rollBack);
		actions.setVisible(manage);
		add(title, stateBox, plan, reach, actions);
		setVisible(false);
	}

	/**
	 * Shows the rollout of the region's overlays of the flow, if they were ever staged.
	 */
	void show(String flowKey, String flowName, RegionNode region) {
		this.flowKey = flowKey;
		this.flowName = flowName;
		this.region = region;
		rollout = rollouts.overlayRollout(flowKey, region.id()).orElse(null);
		setVisible(rollout != null);
		if (rollout == null) {
			return;
		}
		Map<Long, String> regionNames = regions.all()
			.stream()
			.collect(Collectors.toMap(RegionNode::id, RegionNode::name));
		branchNames.clear();
		RolloutWords words = new RolloutWords(this, getLocale(), regionNames, this::branchName);
		title.setText(getTranslation("variant.overlayRollout.title",
				getTranslation("variant.overlayRollout.subject", region.name(), rollout.subjectNumber())));
		stateBox.removeAll();
		stateBox.add(words.state(rollout, clock.instant(), idPrefix + "-state"));
		plan.removeAll();
		words.plan(rollout).forEach(line -> plan.add(new Div(line)));
		reach.setText(words.reach(rollout, clock.instant()));
		toggle.setText(getTranslation(rollout.paused() ? "variant.planner.resume" : "variant.planner.pause"));
		actions.getChildren().forEach(c -> c.setVisible(!rollout.rolledBack()));
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

	private void edit() {
		dialog = new FlowRolloutDialog(rollout, flowName, List.of(), regions.all(), region, branches, rollouts, clock,
				this::reload);
		dialog.open();
	}

	/** Asks before pausing or resuming, then does it and shows the rollout again. */
	private void confirmToggle() {
		FlowRollout asked = rollout;
		if (asked.paused()) {
			confirm(Step.RESUME, () -> rollouts.setPaused(asked.id(), asked.lockVersion(), false));
		}
		else {
			confirm(Step.PAUSE, () -> rollouts.setPaused(asked.id(), asked.lockVersion(), true));
		}
	}

	private void confirm(Step step, Runnable change) {
		confirm = new ConfirmDialog();
		confirm.setId(idPrefix + "-confirm");
		confirm.setHeader(getTranslation(step.title,
				getTranslation("variant.overlayRollout.subject", region.name(), rollout.subjectNumber())));
		confirm.setText(getTranslation(step.text, region.name()));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("base.action.cancel"));
		confirm.setConfirmText(getTranslation(step.action));
		if (step == Step.ROLL_BACK) {
			confirm.setConfirmButtonTheme("error primary");
		}
		confirm.addConfirmListener(e -> {
			try {
				change.run();
				Notifications.success(getTranslation(step.done));
			}
			catch (BusinessException ex) {
				Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
			}
			reload();
		});
		confirm.open();
	}

	private void reload() {
		show(flowKey, flowName, region);
	}

}
