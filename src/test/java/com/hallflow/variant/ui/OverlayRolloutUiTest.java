package com.hallflow.variant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.organization.RegionTree;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.TargetKind;
import com.hallflow.promotion.planning.StagesEditor;
import com.hallflow.promotion.Stage;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.KaribuTest;
import com.hallflow.variant.EffectiveFlows;
import com.hallflow.variant.EffectiveRef;
import com.hallflow.variant.FlowEditions;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.FlowRolloutService;
import com.hallflow.variant.FlowRolloutState;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayDraft;
import com.hallflow.variant.OverlayService;
import com.hallflow.variant.OverlayState;
import com.hallflow.variant.RegionAdmins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A region admin publishes their overlay staged from the editor (decision 0027): the
 * Guangdong admin pilots a script at one branch, a target outside Guangdong is refused in
 * words, the rollout is paused and rolled back after a confirmation, Zhejiang's admin
 * cannot touch it, and head office sees it read-only.
 */
class OverlayRolloutUiTest extends KaribuTest {

	static final String SCRIPT = "广东省：请核对新卡号码。";

	@Autowired
	RegionAdmins admins;

	@Autowired
	OverlayService overlays;

	@Autowired
	FlowRolloutService rollouts;

	@Autowired
	EffectiveFlows effective;

	@Autowired
	FlowEditions editions;

	@Autowired
	RegionService regions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	String flow;

	RegionNode guangdong;

	RegionNode zhejiang;

	BranchSummary pilot;

	BranchSummary other;

	BranchSummary hangzhou;

	@BeforeEach
	void guangdongAdminWithADraft() {
		flow = admins.publishSimReplacement();
		guangdong = fixtures.province("广东");
		zhejiang = fixtures.province("浙江");
		pilot = fixtures.branch(fixtures.city(guangdong, "广州"), "天河试点厅");
		other = fixtures.branch(fixtures.city(guangdong, "深圳"), "福田厅");
		hangzhou = fixtures.branch(fixtures.city(zhejiang, "杭州"), "西湖厅");
		signIn(fixtures.regionAdmin(guangdong.id()));
		OverlayDraft draft = overlays.draft(flow, guangdong.id());
		overlays.saveDraft(flow, guangdong.id(), draft.lockVersion(),
				draft.overlay().withChanges(List.of(OverlayChange.appendScript("replace-card", SCRIPT))));
	}

	private OverlayEditorView editor() {
		UI.getCurrent().navigate("variants/" + flow);
		return _get(OverlayEditorView.class);
	}

	/**
	 * Opens the publish dialog, staged, with a note and a first stage started already.
	 */
	private PublishOverlayDialog stagedPublish(BranchSummary target) {
		_click(editor().publish);
		PublishOverlayDialog dialog = _get(PublishOverlayDialog.class);
		_setValue(_get(TextArea.class, s -> s.withId("overlay-publish-note")), "广东省核对新卡号码");
		_setValue(dialog.staged, true);
		_setValue(dialog.stages.rows().get(0).start,
				LocalDateTime.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE).minusMinutes(5));
		dialog.stages.rows().get(0).branchPicker.setValue(Set.of(target));
		return dialog;
	}

	/** Whether the branch's effective flow now carries Guangdong's script. */
	private boolean carriesTheScript(BranchSummary branch) {
		return SystemAuthentication.callAsSystem(() -> editions.current(flow, branch.id(), clock.instant())
			.orElseThrow()
			.document()
			.steps()
			.stream()
			.filter(s -> s.key().equals("replace-card"))
			.map(StepDefinition::script)
			.anyMatch(script -> script.contains(SCRIPT)));
	}

	private List<Long> overlaysAt(BranchSummary branch) {
		return SystemAuthentication.callAsSystem(
				() -> effective.ref(flow, branch.id(), clock.instant()).map(EffectiveRef::overlayIds).orElseThrow());
	}

	private String state() {
		return _get(Span.class, s -> s.withId("overlay-rollout-state")).getText();
	}

	/** Staged to the pilot branch through the service, as the editor does. */
	private FlowRollout stagedAtThePilot() {
		OverlayDraft draft = overlays.draft(flow, guangdong.id());
		return overlays.publishStaged(flow, guangdong.id(), draft.lockVersion(), "广东省核对新卡号码",
				List.of(new Stage(clock.instant().minusSeconds(60), List.of(RolloutTarget.branch(pilot.id()))),
						new Stage(clock.instant().plus(Duration.ofDays(7)), List.of(RolloutTarget.NETWORK))),
				List.of());
	}

	private int audited(AuditAction action) {
		return jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ?", Integer.class,
				action.name(), flow + " " + guangdong.name() + " #1");
	}

	@Test
	void the_guangdong_admin_stages_the_overlay_to_one_branch_and_only_that_branch_runs_it() {
		PublishOverlayDialog dialog = stagedPublish(pilot);
		assertThat(dialog.stages.rows().get(0).network.getLabel()).isEqualTo(zh("promotion.target.wholeRegion", "广东"));
		RegionTree tree = regions.tree();
		assertThat(dialog.stages.rows().get(0).regionPicker.getListDataView().getItems())
			.as("only Guangdong and its cities are offered")
			.isNotEmpty()
			.allMatch(r -> tree.within(r.id(), guangdong.id()));
		_click(dialog.publish);

		assertThat(dialog.isOpened()).isFalse();
		assertThat(overlays.history(flow, guangdong.id())).singleElement()
			.satisfies(v -> assertThat(v.changeNote()).isEqualTo("广东省核对新卡号码"));
		OverlayRolloutPanel panel = _get(OverlayEditorView.class).rollout;
		assertThat(panel.isVisible()).isTrue();
		assertThat(state()).isEqualTo(zh("variant.rollout.state.RUNNING"));
		assertThat(panel.plan.getElement().getTextRecursively()).contains("天河试点厅");
		assertThat(panel.reach.getText()).isEqualTo(zh("variant.overlayRollout.reach", "天河试点厅"));

		assertThat(carriesTheScript(pilot)).isTrue();
		assertThat(carriesTheScript(other)).as("another Guangdong branch").isFalse();
		assertThat(overlaysAt(pilot)).hasSize(1);
		assertThat(overlaysAt(other)).isEmpty();
		assertThat(audited(AuditAction.FLOW_ROLLOUT_STAGED)).isEqualTo(1);
		assertThat(audited(AuditAction.FLOW_ROLLOUT_PLANNED)).isEqualTo(1);
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_audit_log_names_a_stage_reaching_the_whole_region_by_the_region_not_the_network() {
		stagedAtThePilot();
		String detail = jdbc.queryForObject("select detail from audit_event where action = ? and target = ?",
				String.class, AuditAction.FLOW_ROLLOUT_PLANNED.name(), flow + " " + guangdong.name() + " #1");
		List<Object> stages = AuditDetail.items(detail)
			.orElseThrow()
			.stream()
			.filter(i -> i.field() == AuditField.STAGES)
			.map(AuditDetail.Item::after)
			.findFirst()
			.map(v -> (List<Object>) v)
			.orElseThrow();
		assertThat(stages).hasSize(2);
		assertThat(((AuditDetail.Words) stages.get(1)).args().get(1)).as("what the second stage reaches")
			.isEqualTo(List.of(guangdong.name()));
	}

	@Test
	void ticking_the_whole_region_rests_the_pickers_and_the_stage_reaches_the_whole_region_only() {
		PublishOverlayDialog dialog = stagedPublish(pilot);
		StagesEditor.StageRow row = dialog.stages.rows().get(0);
		row.network.setValue(true);

		assertThat(row.regionPicker.isEnabled()).isFalse();
		assertThat(row.branchPicker.isEnabled()).isFalse();
		assertThat(row.branchPicker.getHelperText()).as("the pilot still shows, so the picker says it does not count")
			.isEqualTo(zh("promotion.target.coveredByWhole", zh("promotion.target.wholeRegion", "广东")));
		assertThat(row.regionPicker.getHelperText()).as("nothing picked there, nothing to say").isNull();
		assertThat(row.stage().targets()).as("the pilot picked before does not count beside the whole region")
			.containsExactly(RolloutTarget.NETWORK);
		row.network.setValue(false);
		assertThat(row.branchPicker.isEnabled()).isTrue();
		assertThat(row.branchPicker.getHelperText()).isNull();
		assertThat(row.stage().targets()).as("the pick comes back")
			.containsExactly(new RolloutTarget(TargetKind.BRANCH, pilot.id()));
	}

	@Test
	void a_second_staged_publish_while_the_first_runs_is_refused_under_the_stages_naming_the_region() {
		FlowRollout first = stagedAtThePilot();
		PublishOverlayDialog dialog = stagedPublish(pilot);
		_click(dialog.publish);

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.stages.stageError.getText())
			.isEqualTo(zh("variant.rollout.alreadyOpen.region", first.subjectNumber(), "广东"));
		assertThat(NotificationsKt.getNotifications()).as("said under the stages, not in a toast over the dialog")
			.isEmpty();
		assertThat(overlays.history(flow, guangdong.id())).hasSize(1);
	}

	@Test
	void a_branch_outside_the_region_is_refused_under_the_stages_and_nothing_is_published() {
		PublishOverlayDialog dialog = stagedPublish(hangzhou);
		_click(dialog.publish);

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.stages.stageError.getText()).isEqualTo(zh("variant.rollout.target.outsideRegion"));
		assertThat(NotificationsKt.getNotifications()).as("nothing reads as a success")
			.extracting(n -> n.getElement().getProperty("text"))
			.doesNotContain(zh("variant.editor.saved"));
		assertThat(overlays.history(flow, guangdong.id())).as("the publish was undone whole").isEmpty();
		assertThat(rollouts.overlayRollout(flow, guangdong.id())).isEmpty();
		assertThat(overlaysAt(pilot)).isEmpty();
		assertThat(audited(AuditAction.FLOW_ROLLOUT_STAGED)).isZero();
	}

	@Test
	void pausing_and_rolling_back_are_confirmed_audited_and_send_the_pilot_back() {
		stagedAtThePilot();
		OverlayRolloutPanel panel = editor().rollout;
		assertThat(panel.toggle.getText()).isEqualTo(zh("variant.planner.pause"));

		_click(panel.toggle);
		assertThat(panel.confirm.isOpened()).isTrue();
		assertThat(rollouts.overlayRollout(flow, guangdong.id()).orElseThrow().paused()).as("not before confirming")
			.isFalse();
		ConfirmDialogKt._fireConfirm(panel.confirm);
		assertThat(state()).isEqualTo(zh("variant.rollout.state.PAUSED"));
		assertThat(panel.toggle.getText()).isEqualTo(zh("variant.planner.resume"));
		assertThat(carriesTheScript(pilot)).as("a branch reached keeps the overlay while paused").isTrue();
		assertThat(audited(AuditAction.FLOW_ROLLOUT_PAUSED)).isEqualTo(1);

		_click(panel.rollBack);
		assertThat(panel.confirm.getElement().getProperty("header"))
			.isEqualTo(zh("variant.overlayRollout.rollBackTitle", zh("variant.overlayRollout.subject", "广东", 1)));
		ConfirmDialogKt._fireConfirm(panel.confirm);
		assertThat(state()).isEqualTo(zh("variant.rollout.state.ROLLED_BACK"));
		assertThat(panel.rollBack.isVisible()).isFalse();
		assertThat(carriesTheScript(pilot)).isFalse();
		assertThat(overlaysAt(pilot)).isEmpty();
		assertThat(audited(AuditAction.FLOW_ROLLOUT_ROLLED_BACK)).isEqualTo(1);
	}

	@Test
	void the_zhejiang_admin_can_neither_see_nor_change_guangdongs_rollout() {
		FlowRollout staged = stagedAtThePilot();
		signIn(fixtures.regionAdmin(zhejiang.id()));

		assertThatThrownBy(() -> rollouts.overlayRollout(flow, guangdong.id())).isInstanceOfSatisfying(
				BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("variant.region.notYours"));
		assertThatThrownBy(() -> rollouts.setPaused(staged.id(), staged.lockVersion(), true))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rollouts.rollBack(staged.id(), staged.lockVersion()))
			.isInstanceOf(AccessDeniedException.class);
		UI.getCurrent().navigate("variants/" + flow + "/" + guangdong.id());
		assertThat(_find(OverlayRolloutPanel.class)).isEmpty();

		FlowRollout unchanged = SystemAuthentication
			.callAsSystem(() -> rollouts.overlayRollout(flow, guangdong.id()).orElseThrow());
		assertThat(unchanged.stateAt(clock.instant())).isEqualTo(FlowRolloutState.RUNNING);
		assertThat(carriesTheScript(pilot)).isTrue();
	}

	@Test
	void the_region_admins_list_says_where_a_staged_version_runs_now() {
		stagedAtThePilot();
		UI.getCurrent().navigate(VariantsView.class);
		VariantsView view = _get(VariantsView.class);

		OverlayState row = GridKt._findAll(view.grid)
			.stream()
			.filter(s -> s.flowKey().equals(flow))
			.findFirst()
			.orElseThrow();
		assertThat(view.grid.getColumnByKey("rollout").isVisible()).isTrue();
		assertThat(GridKt._getFormatted(view.grid, GridKt._findAll(view.grid).indexOf(row), "rollout"))
			.isEqualTo(zh("variant.hq.rolloutState", 1, zh("variant.rollout.state.RUNNING"))
					+ zh("variant.list.rolloutReach", zh("variant.overlayRollout.reach", "天河试点厅")));
	}

	@Test
	void a_city_admin_reads_the_provinces_rollout_in_their_editor_and_cannot_change_it() {
		FlowRollout staged = stagedAtThePilot();
		signIn(fixtures.regionAdmin(pilot.regionId()));
		OverlayEditorView view = editor();

		assertThat(view.provinceRollout.isVisible()).as("Guangzhou's branches run Guangdong's overlay").isTrue();
		assertThat(view.provinceRollout.title.getText()).contains(guangdong.name());
		assertThat(view.provinceRollout.reach.getText()).isEqualTo(zh("variant.overlayRollout.reach", "天河试点厅"));
		assertThat(view.provinceRollout.toggle.isVisible()
				&& view.provinceRollout.toggle.getParent().orElseThrow().isVisible())
			.as("the province's rollout is read here, not changed")
			.isFalse();
		assertThat(view.rollout.isVisible()).as("the city staged nothing of its own").isFalse();
		assertThatThrownBy(() -> rollouts.rollBack(staged.id(), staged.lockVersion()))
			.isInstanceOfAny(AccessDeniedException.class, BusinessException.class);
		assertThat(carriesTheScript(pilot)).isTrue();
	}

	@Test
	void head_office_sees_the_regions_rollout_read_only() {
		stagedAtThePilot();
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate(RegionalVariantsView.class);
		RegionalVariantsView view = _get(RegionalVariantsView.class);
		_setValue(view.flow,
				view.flow.getListDataView().getItems().filter(f -> f.key().equals(flow)).findFirst().orElseThrow());

		assertThat(GridKt._getFormattedRow(view.grid, 0))
			.contains(zh("variant.hq.rolloutState", 1, zh("variant.rollout.state.RUNNING")));
		view.grid.select(GridKt._get(view.grid, 0));
		assertThat(view.rollout.isVisible()).isTrue();
		assertThat(view.rollout.reach.getText()).isEqualTo(zh("variant.overlayRollout.reach", "天河试点厅"));
		assertThat(view.rollout.toggle.isVisible() && view.rollout.toggle.getParent().orElseThrow().isVisible())
			.as("head office does not change a region's rollout")
			.isFalse();
	}

}
