package com.hallflow.variant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.flowdesign.PublishedVersion;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.security.StaffRole;
import com.hallflow.support.KaribuTest;
import com.hallflow.variant.EffectiveFlows;
import com.hallflow.variant.EffectiveRef;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.FlowRolloutCommand;
import com.hallflow.variant.FlowRolloutService;
import com.hallflow.variant.RolloutFixtures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FlowRolloutsUiTest extends KaribuTest {

	@Autowired
	RolloutFixtures flows;

	@Autowired
	FlowRolloutService rollouts;

	@Autowired
	EffectiveFlows effective;

	@Autowired
	Clock clock;

	BranchSummary pilot;

	BranchSummary other;

	String key;

	PublishedVersion v2;

	@BeforeEach
	void stagedVersion() {
		RegionNode province = fixtures.province("分阶段界面省");
		pilot = fixtures.branch(fixtures.city(province, "界面试点市"), "界面试点厅");
		other = fixtures.branch(province, "界面其他厅");
		key = flows.newFlow("界面分阶段流程");
		v2 = flows.publishNext(key, true);
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
	}

	FlowRolloutsView planner() {
		UI.getCurrent().navigate(FlowRolloutsView.class);
		return _get(FlowRolloutsView.class);
	}

	FlowRollout shown(FlowRolloutsView view) {
		return view.grid.getGenericDataView().getItems().filter(r -> r.flowKey().equals(key)).findFirst().orElseThrow();
	}

	int runs(BranchSummary branch) {
		return effective.ref(key, branch.id(), clock.instant()).map(EffectiveRef::versionNumber).orElse(0);
	}

	String words(FlowRolloutsView view, String id) {
		return _get(view, Component.class, spec -> spec.withId(id)).getElement().toString();
	}

	MenuBar actions(FlowRolloutsView view) {
		List<FlowRollout> rows = view.grid.getGenericDataView().getItems().toList();
		return (MenuBar) GridKt._getCellComponent(view.grid, rows.indexOf(shown(view)), "actions");
	}

	/** The row's cell in the column, as the grid renders it. */
	String cell(FlowRolloutsView view, String column) {
		List<FlowRollout> rows = view.grid.getGenericDataView().getItems().toList();
		int row = rows.indexOf(shown(view));
		return GridKt._getCellComponent(view.grid, row, column).getElement().toString();
	}

	@Test
	void head_office_pilots_a_staged_version_at_one_branch_then_pauses_and_rolls_it_back() {
		FlowRolloutsView view = planner();
		FlowRollout staged = shown(view);
		assertThat(staged.subjectId()).isEqualTo(v2.versionId());
		assertThat(cell(view, "state")).contains(zh("variant.rollout.state.PLANNED"));
		assertThat(cell(view, "plan")).contains(zh("variant.planner.noStages"));

		view.edit(staged);
		FlowRolloutDialog dialog = view.dialog;
		_setValue(dialog.stages.rows().get(0).start,
				LocalDateTime.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE).minusMinutes(5));
		dialog.stages.rows().get(0).branchPicker.setValue(Set.of(pilot));
		_click(dialog.save);
		assertThat(dialog.isOpened()).isFalse();

		FlowRollout running = shown(view);
		assertThat(cell(view, "state")).contains(zh("variant.rollout.state.RUNNING"));
		assertThat(cell(view, "plan")).contains("界面试点厅");
		assertThat(runs(pilot)).isEqualTo(2);
		assertThat(runs(other)).isEqualTo(1);

		ContextMenuKt._clickItemWithCaption(actions(view), zh("variant.planner.pause"));
		FlowRollout paused = shown(view);
		assertThat(paused.paused()).isTrue();
		assertThat(cell(view, "state")).contains(zh("variant.rollout.state.PAUSED"));
		assertThat(runs(pilot)).as("a branch reached keeps the version while paused").isEqualTo(2);

		ContextMenuKt._clickItemWithCaption(actions(view), zh("variant.planner.rollBack"));
		assertThat(view.confirm.isOpened()).isTrue();
		ConfirmDialogKt._fireConfirm(view.confirm);
		FlowRollout back = shown(view);
		assertThat(back.rolledBack()).isTrue();
		assertThat(cell(view, "state")).contains(zh("variant.rollout.state.ROLLED_BACK"));
		assertThat(runs(pilot)).isEqualTo(1);
	}

	@Test
	void the_preview_tells_which_version_a_branch_runs_at_a_chosen_time() {
		FlowRollout staged = rollouts.current(key).orElseThrow();
		pilotNow(staged);
		FlowRolloutsView view = planner();
		view.tabs.setSelectedIndex(1);
		_setValue(view.preview.branch, pilot);
		_click(view.preview.show);
		assertThat(words(view, "flow-preview-" + key)).contains(flows.latest(key).flowName())
			.contains(zh("variant.planner.previewVersion", 2));
		_setValue(view.preview.branch, other);
		_click(view.preview.show);
		assertThat(words(view, "flow-preview-" + key)).contains(zh("variant.planner.previewVersion", 1));
	}

	@Test
	void a_stage_without_a_target_is_refused_under_the_stages_and_nothing_is_saved() {
		FlowRolloutsView view = planner();
		view.edit(shown(view));
		_click(view.dialog.save);
		assertThat(view.dialog.isOpened()).isTrue();
		assertThat(view.dialog.stages.stageError.getText()).isEqualTo(zh("variant.rollout.stage.targets.required", 1));
		assertThat(shown(view).stages()).isEmpty();
	}

	private void pilotNow(FlowRollout staged) {
		rollouts.save(new FlowRolloutCommand(staged.id(), staged.lockVersion(), null, null,
				List.of(new Stage(clock.instant().minusSeconds(60), List.of(RolloutTarget.branch(pilot.id())))),
				List.of()));
	}

}
