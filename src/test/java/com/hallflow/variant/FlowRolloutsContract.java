package com.hallflow.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.base.AuditAction;
import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.PublishedVersion;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Staged rollouts of flow versions and the effective-flow index that follows them, on
 * every database the application supports; see the H2 and MariaDB subclasses. Each test
 * has flows, regions and branches of its own.
 */
abstract class FlowRolloutsContract {

	@Autowired
	FlowRolloutService rollouts;

	@Autowired
	EffectiveFlows effective;

	@Autowired
	RolloutFixtures flows;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RegionAdmins admins;

	@Autowired
	OverlayService overlays;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	RegionNode province;

	BranchSummary pilot;

	BranchSummary other;

	UserSummary admin;

	@BeforeEach
	void organisation() {
		province = fixtures.province("分阶段省");
		pilot = fixtures.branch(fixtures.city(province, "分阶段市"), "试点厅");
		other = fixtures.branch(fixtures.city(province, "另一分阶段市"), "其他厅");
		admin = fixtures.user(StaffRole.HQ_ADMIN, null);
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	int runs(String key, BranchSummary branch, Instant at) {
		Fixtures.signIn(admin);
		return effective.ref(key, branch.id(), at).map(EffectiveRef::versionNumber).orElse(0);
	}

	FlowRollout openRollout(String key) {
		Fixtures.signIn(admin);
		return rollouts.current(key).orElseThrow();
	}

	FlowRollout plan(FlowRollout rollout, List<Stage> stages, List<RolloutTarget> exclusions) {
		Fixtures.signIn(admin);
		return rollouts
			.save(new FlowRolloutCommand(rollout.id(), rollout.lockVersion(), null, null, stages, exclusions));
	}

	Instant now() {
		return clock.instant();
	}

	long revision() {
		return jdbc.queryForObject("select revision from config_revision where name = 'variant'", Long.class);
	}

	@Test
	void a_staged_version_applies_nowhere_until_a_stage_reaches_the_pilot_branch() {
		String key = flows.newFlow("分阶段套餐变更");
		assertThat(runs(key, pilot, now())).isEqualTo(1);
		long before = revision();
		PublishedVersion v2 = flows.publishNext(key, true);
		assertThat(revision()).as("the publish moved the revision").isGreaterThan(before);
		FlowRollout staged = openRollout(key);
		assertThat(staged.subjectId()).isEqualTo(v2.versionId());
		assertThat(staged.stateAt(now())).isEqualTo(FlowRolloutState.PLANNED);
		assertThat(runs(key, pilot, now())).as("staged, no stage yet").isEqualTo(1);

		FlowRollout planned = plan(staged,
				List.of(new Stage(now().minusSeconds(60), List.of(RolloutTarget.branch(pilot.id()))),
						new Stage(now().plus(Duration.ofDays(7)), List.of(RolloutTarget.NETWORK))),
				List.of());
		assertThat(planned.stateAt(now())).isEqualTo(FlowRolloutState.RUNNING);
		assertThat(runs(key, pilot, now())).isEqualTo(2);
		assertThat(runs(key, other, now())).isEqualTo(1);
		assertThat(runs(key, other, now().plus(Duration.ofDays(8)))).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action in (?, ?) and target = ?",
				Integer.class, AuditAction.FLOW_ROLLOUT_STAGED.name(), AuditAction.FLOW_ROLLOUT_PLANNED.name(),
				key + " v2"))
			.isEqualTo(2);
	}

	@Test
	void pausing_holds_the_stages_still_to_start_and_a_rollback_sends_every_branch_back() {
		String key = flows.newFlow("暂停与回滚");
		flows.publishNext(key, true);
		FlowRollout planned = plan(openRollout(key),
				List.of(new Stage(now().minusSeconds(60), List.of(RolloutTarget.branch(pilot.id()))),
						new Stage(now().plus(Duration.ofHours(1)), List.of(RolloutTarget.region(province.id())))),
				List.of());
		FlowRollout paused = rollouts.setPaused(planned.id(), planned.lockVersion(), true);
		assertThat(paused.stateAt(now())).isEqualTo(FlowRolloutState.PAUSED);
		assertThat(runs(key, pilot, now().plus(Duration.ofHours(2)))).as("reached before the pause").isEqualTo(2);
		assertThat(runs(key, other, now().plus(Duration.ofHours(2)))).as("its stage waits").isEqualTo(1);

		Fixtures.signIn(admin);
		FlowRollout resumed = rollouts.setPaused(paused.id(), paused.lockVersion(), false);
		assertThat(runs(key, other, now().plus(Duration.ofHours(2)))).isEqualTo(2);

		Fixtures.signIn(admin);
		FlowRollout back = rollouts.rollBack(resumed.id(), resumed.lockVersion());
		assertThat(back.stateAt(now())).isEqualTo(FlowRolloutState.ROLLED_BACK);
		assertThat(runs(key, pilot, now())).isEqualTo(1);
		assertThat(runs(key, other, now().plus(Duration.ofHours(2)))).isEqualTo(1);
		Fixtures.signIn(admin);
		assertThatThrownBy(() -> rollouts.setPaused(back.id(), back.lockVersion(), true)).isInstanceOfSatisfying(
				BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("variant.rollout.rolledBack"));
	}

	@Test
	void a_flow_has_one_open_rollout_and_a_second_staged_publish_is_refused_whole() {
		String key = flows.newFlow("一次一个");
		flows.publishNext(key, true);
		assertThatThrownBy(() -> flows.publishNext(key, true)).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.messageKey()).isEqualTo("variant.rollout.alreadyOpen"));
		assertThat(flows.latest(key).number()).as("nothing was published").isEqualTo(2);
	}

	@Test
	void a_version_published_without_stages_is_not_taken_back_by_a_rollout() {
		String key = flows.newFlow("全网生效");
		PublishedVersion v2 = flows.publishNext(key, false);
		Fixtures.signIn(admin);
		assertThatThrownBy(() -> rollouts.save(new FlowRolloutCommand(null, null, FlowRollout.Subject.VERSION,
				v2.versionId(), List.of(new Stage(now(), List.of(RolloutTarget.branch(pilot.id())))), List.of())))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("variant.rollout.subject.notStaged"));
		assertThat(runs(key, other, now())).isEqualTo(2);
	}

	@Test
	void a_rolled_back_version_can_be_planned_again_in_a_new_rollout() {
		String key = flows.newFlow("再试一次");
		PublishedVersion v2 = flows.publishNext(key, true);
		FlowRollout first = openRollout(key);
		rollouts.rollBack(first.id(), first.lockVersion());
		Fixtures.signIn(admin);
		FlowRollout again = rollouts
			.save(new FlowRolloutCommand(null, null, FlowRollout.Subject.VERSION, v2.versionId(),
					List.of(new Stage(now().minusSeconds(1), List.of(RolloutTarget.branch(other.id())))), List.of()));
		assertThat(openRollout(key).id()).isEqualTo(again.id());
		assertThat(runs(key, other, now())).isEqualTo(2);
		assertThat(runs(key, pilot, now())).isEqualTo(1);
	}

	@Test
	void a_branch_opened_after_the_index_was_built_is_found_at_its_first_lookup() {
		String key = flows.newFlow("新开营业厅");
		assertThat(runs(key, pilot, now())).isEqualTo(1);
		BranchSummary opened = fixtures.branch(province, "新开的厅");
		assertThat(runs(key, opened, now())).isEqualTo(1);
	}

	@Test
	void a_clerk_asks_only_for_their_own_branch_and_only_head_office_plans() {
		String key = flows.newFlow("本厅");
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, pilot.id());
		Fixtures.signIn(clerk);
		assertThat(effective.ref(key, pilot.id(), now())).map(EffectiveRef::versionNumber).contains(1);
		assertThatThrownBy(() -> effective.ref(key, other.id(), now())).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> rollouts.current(key)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_regions_staged_overlay_reaches_its_pilot_and_a_second_while_it_is_open_publishes_nothing() {
		String key = admins.publishSimReplacement();
		admins.signIn(province.id());
		List<Stage> atThePilot = List.of(new Stage(now().minusSeconds(60), List.of(RolloutTarget.branch(pilot.id()))));
		FlowRollout first = overlays.publishStaged(key, province.id(), draftWithScript(key, "第一次"), "试点", atThePilot,
				List.of());
		assertThat(first.subject()).isEqualTo(FlowRollout.Subject.OVERLAY);
		assertThat(first.regionId()).isEqualTo(province.id());
		assertThat(effective.ref(key, pilot.id(), now()).orElseThrow().overlayIds()).containsExactly(first.subjectId());
		assertThat(effective.ref(key, other.id(), now()).orElseThrow().overlayIds()).isEmpty();

		admins.signIn(province.id());
		long lock = draftWithScript(key, "第二次");
		assertThatThrownBy(() -> overlays.publishStaged(key, province.id(), lock, "再试点", atThePilot, List.of()))
			.as("an overlay's open rollout ends across its province, so the refusal names the province")
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("variant.rollout.alreadyOpen.region");
				assertThat(e.arguments()).containsExactly(first.subjectNumber(), "分阶段省");
			});
		assertThat(overlays.history(key, province.id())).as("the second publish was undone whole").hasSize(1);
		assertThat(rollouts.overlayRollout(key, province.id())).map(FlowRollout::id).contains(first.id());
	}

	/** Saves the region's draft with one appended script; its lock version. */
	private long draftWithScript(String key, String text) {
		OverlayDraft draft = overlays.draft(key, province.id());
		return overlays
			.saveDraft(key, province.id(), draft.lockVersion(),
					draft.overlay().withChanges(List.of(OverlayChange.appendScript("replace-card", text))))
			.lockVersion();
	}

}
