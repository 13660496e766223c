package com.hallflow.variant;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.PublishedVersion;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionTree;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The effective-flow index's rules (decision 0027): which head-office version and which
 * overlays a branch runs, with staged versions and overlays, pause, rollback, exclusions
 * and the walk back to a region's last effective flow.
 */
class EffectiveIndexTest {

	static final Instant T0 = Instant.parse("2027-01-04T00:00:00Z");

	static final long GUANGDONG = 1;

	static final long GUANGZHOU = 11;

	static final long SHENZHEN = 12;

	static final long ZHEJIANG = 2;

	static final long HANGZHOU = 21;

	/** Branches: 101, 102 in Guangzhou, 103 in Shenzhen, 201 in Hangzhou. */
	static final Map<Long, Long> BRANCHES = Map.of(101L, GUANGZHOU, 102L, GUANGZHOU, 103L, SHENZHEN, 201L, HANGZHOU);

	static final RegionTree TREE = RegionTree.of(List.of(new RegionNode(GUANGDONG, 0, "GD", "广东", null),
			new RegionNode(GUANGZHOU, 0, "GZ", "广州", GUANGDONG), new RegionNode(SHENZHEN, 0, "SZ", "深圳", GUANGDONG),
			new RegionNode(ZHEJIANG, 0, "ZJ", "浙江", null), new RegionNode(HANGZHOU, 0, "HZ", "杭州", ZHEJIANG)));

	final List<PublishedVersion> versions = new ArrayList<>();

	final List<EffectiveIndex.OverlayRule> overlays = new ArrayList<>();

	final List<FlowRollout> rollouts = new ArrayList<>();

	long nextId = 1000;

	long version(int number, Instant from) {
		long id = nextId++;
		versions.add(new PublishedVersion("PLAN_CHANGE", "套餐变更", false, id, number, from));
		return id;
	}

	long overlay(long region, int number, long baseVersion, Instant publishedAt) {
		long id = nextId++;
		overlays.add(new EffectiveIndex.OverlayRule(id, "PLAN_CHANGE", region, number, baseVersion, publishedAt));
		return id;
	}

	FlowRollout rollout(FlowRollout.Subject subject, long subjectId, boolean paused, Instant pausedAt,
			boolean rolledBack, List<Stage> stages, List<RolloutTarget> exclusions) {
		FlowRollout rollout = new FlowRollout(nextId++, 0, "PLAN_CHANGE", subject, subjectId, 1, null, paused, pausedAt,
				rolledBack, null, stages, exclusions, "hq", T0);
		rollouts.add(rollout);
		return rollout;
	}

	static Stage stage(Instant at, RolloutTarget... targets) {
		return new Stage(at, List.of(targets));
	}

	EffectiveIndex index() {
		return EffectiveIndex.build(versions, overlays, rollouts, TREE, BRANCHES);
	}

	Optional<EffectiveRef> at(long branch, Instant when) {
		return index().resolve("PLAN_CHANGE", branch, when);
	}

	static Instant hours(long h) {
		return T0.plus(Duration.ofHours(h));
	}

	@Test
	void the_newest_version_in_effect_applies_everywhere_and_a_scheduled_one_waits_for_its_time() {
		long v1 = version(1, T0);
		long v2 = version(2, hours(10));
		assertThat(at(101, hours(1))).map(EffectiveRef::versionId).contains(v1);
		assertThat(at(201, hours(10))).map(EffectiveRef::versionId).contains(v2);
		assertThat(at(101, T0.minusSeconds(1))).isEmpty();
		assertThat(index().resolve("OTHER", 101, hours(1))).isEmpty();
		assertThat(index().resolve("PLAN_CHANGE", 999, hours(1))).as("a branch the index does not know").isEmpty();
	}

	@Test
	void a_staged_version_applies_only_where_a_started_stage_reaches_and_not_where_excluded() {
		long v1 = version(1, T0);
		long v2 = version(2, hours(1));
		rollout(FlowRollout.Subject.VERSION, v2, false, null, false, List.of(stage(hours(2), RolloutTarget.branch(101)),
				stage(hours(5), RolloutTarget.region(GUANGDONG)), stage(hours(9), RolloutTarget.NETWORK)),
				List.of(RolloutTarget.branch(102)));
		assertThat(at(101, hours(1))).map(EffectiveRef::versionId).as("staged, no stage started yet").contains(v1);
		assertThat(at(101, hours(2))).map(EffectiveRef::versionId).as("the pilot branch").contains(v2);
		assertThat(at(103, hours(2))).map(EffectiveRef::versionId).contains(v1);
		assertThat(at(103, hours(5))).map(EffectiveRef::versionId).as("the pilot's province").contains(v2);
		assertThat(at(201, hours(5))).map(EffectiveRef::versionId).contains(v1);
		assertThat(at(201, hours(9))).map(EffectiveRef::versionId).as("the network").contains(v2);
		assertThat(at(102, hours(9))).map(EffectiveRef::versionId).as("excluded").contains(v1);
	}

	@Test
	void a_staged_version_without_stages_applies_nowhere() {
		long v1 = version(1, T0);
		long v2 = version(2, hours(1));
		rollout(FlowRollout.Subject.VERSION, v2, false, null, false, List.of(), List.of());
		assertThat(at(101, hours(100))).map(EffectiveRef::versionId).contains(v1);
	}

	@Test
	void pausing_keeps_the_branches_reached_and_holds_the_stages_still_to_start() {
		long v1 = version(1, T0);
		long v2 = version(2, hours(1));
		rollout(FlowRollout.Subject.VERSION, v2, true, hours(3), false,
				List.of(stage(hours(2), RolloutTarget.branch(101)), stage(hours(5), RolloutTarget.region(GUANGDONG))),
				List.of());
		assertThat(at(101, hours(6))).map(EffectiveRef::versionId).as("reached before the pause").contains(v2);
		assertThat(at(103, hours(6))).map(EffectiveRef::versionId).as("its stage waits for the resume").contains(v1);
	}

	@Test
	void a_rolled_back_version_applies_nowhere_and_the_one_before_returns() {
		long v1 = version(1, T0);
		long v2 = version(2, hours(1));
		rollout(FlowRollout.Subject.VERSION, v2, false, null, true, List.of(stage(hours(2), RolloutTarget.NETWORK)),
				List.of());
		assertThat(at(101, hours(3))).map(EffectiveRef::versionId).contains(v1);
	}

	@Test
	void overlays_are_laid_province_first_then_city_each_the_newest_on_that_version() {
		long v1 = version(1, T0);
		long gd1 = overlay(GUANGDONG, 1, v1, hours(1));
		long gd2 = overlay(GUANGDONG, 2, v1, hours(2));
		long gz1 = overlay(GUANGZHOU, 1, v1, hours(1));
		assertThat(at(101, hours(3))).contains(new EffectiveRef("PLAN_CHANGE", v1, 1, List.of(gd2, gz1)));
		assertThat(at(101, hours(1))).contains(new EffectiveRef("PLAN_CHANGE", v1, 1, List.of(gd1, gz1)));
		assertThat(at(103, hours(3))).contains(new EffectiveRef("PLAN_CHANGE", v1, 1, List.of(gd2)));
		assertThat(at(201, hours(3))).contains(new EffectiveRef("PLAN_CHANGE", v1, 1, List.of()));
	}

	@Test
	void a_staged_overlay_applies_where_its_rollout_reaches_and_the_one_before_elsewhere() {
		long v1 = version(1, T0);
		long gd1 = overlay(GUANGDONG, 1, v1, hours(1));
		long gd2 = overlay(GUANGDONG, 2, v1, hours(2));
		rollout(FlowRollout.Subject.OVERLAY, gd2, false, null, false,
				List.of(stage(hours(2), RolloutTarget.branch(103))), List.of());
		assertThat(at(103, hours(3))).map(EffectiveRef::overlayIds).contains(List.of(gd2));
		assertThat(at(101, hours(3))).map(EffectiveRef::overlayIds).contains(List.of(gd1));
	}

	@Test
	void a_region_without_an_overlay_on_the_new_version_keeps_its_last_effective_flow() {
		long v1 = version(1, T0);
		long gd1 = overlay(GUANGDONG, 1, v1, hours(1));
		long gz1 = overlay(GUANGZHOU, 1, v1, hours(1));
		long v2 = version(2, hours(2));
		// Guangdong's overlay was rebased onto v2, Guangzhou's was not (a conflict)
		long gd2 = overlay(GUANGDONG, 2, v2, hours(2));
		assertThat(at(101, hours(3))).as("Guangzhou stays on v1 with both its overlays")
			.contains(new EffectiveRef("PLAN_CHANGE", v1, 1, List.of(gd1, gz1)));
		assertThat(at(103, hours(3))).as("Shenzhen has no overlay of its own: v2 with Guangdong's")
			.contains(new EffectiveRef("PLAN_CHANGE", v2, 2, List.of(gd2)));
		assertThat(at(201, hours(3))).contains(new EffectiveRef("PLAN_CHANGE", v2, 2, List.of()));
		long gz2 = overlay(GUANGZHOU, 2, v2, hours(4));
		assertThat(at(101, hours(4))).as("once Guangzhou publishes on v2")
			.contains(new EffectiveRef("PLAN_CHANGE", v2, 2, List.of(gd2, gz2)));
	}

	@Test
	void the_walk_back_passes_over_versions_that_do_not_apply_and_falls_back_to_the_newest_without_the_missing_overlay() {
		long v1 = version(1, T0);
		long v2 = version(2, hours(1));
		long v3 = version(3, hours(2));
		// v2 was staged and never reached Guangzhou; its city only ever laid an overlay
		// on v2
		rollout(FlowRollout.Subject.VERSION, v2, false, null, false,
				List.of(stage(hours(1), RolloutTarget.branch(201))), List.of());
		long gz1 = overlay(GUANGZHOU, 1, v2, hours(1));
		long gdOnV1 = overlay(GUANGDONG, 1, v1, hours(1));
		assertThat(at(101, hours(3)))
			.as("v3 has neither region's overlay and v2 does not apply here; v1 lacks Guangzhou's")
			.contains(new EffectiveRef("PLAN_CHANGE", v3, 3, List.of()));
		long gdOnV3 = overlay(GUANGDONG, 2, v3, hours(4));
		assertThat(at(101, hours(5))).contains(new EffectiveRef("PLAN_CHANGE", v3, 3, List.of(gdOnV3)));
		assertThat(at(103, hours(3))).as("Shenzhen: Guangdong's overlay is on v1 only")
			.contains(new EffectiveRef("PLAN_CHANGE", v1, 1, List.of(gdOnV1)));
		assertThat(gz1).isPositive();
	}

	@Test
	void a_retired_flow_starts_nothing() {
		versions.add(new PublishedVersion("OLD", "旧流程", true, 1, 1, T0));
		assertThat(index().resolve("OLD", 101, hours(1))).isEmpty();
	}

	@Test
	void the_state_in_words_follows_the_stages_pause_and_rollback() {
		FlowRollout planned = rollout(FlowRollout.Subject.VERSION, 1, false, null, false,
				List.of(stage(hours(2), RolloutTarget.branch(101)), stage(hours(5), RolloutTarget.NETWORK)), List.of());
		assertThat(planned.stateAt(hours(1))).isEqualTo(FlowRolloutState.PLANNED);
		assertThat(planned.stateAt(hours(3))).isEqualTo(FlowRolloutState.RUNNING);
		assertThat(planned.stateAt(hours(5))).isEqualTo(FlowRolloutState.COMPLETED);
		FlowRollout paused = rollout(FlowRollout.Subject.VERSION, 1, true, hours(3), false, planned.stages(),
				List.of());
		assertThat(paused.stateAt(hours(6))).as("the network stage waits").isEqualTo(FlowRolloutState.PAUSED);
		FlowRollout back = rollout(FlowRollout.Subject.VERSION, 1, false, null, true, planned.stages(), List.of());
		assertThat(back.stateAt(hours(6))).isEqualTo(FlowRolloutState.ROLLED_BACK);
		assertThat(FlowRolloutState.PAUSED.open()).isTrue();
		assertThat(FlowRolloutState.COMPLETED.open()).isFalse();
	}

}
