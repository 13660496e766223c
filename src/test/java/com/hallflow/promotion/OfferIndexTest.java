package com.hallflow.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfferIndexTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	static final long GUANGDONG = 1;
	static final long GUANGZHOU = 2;
	static final long SHENZHEN = 3;
	static final long TIANHE = 100;
	static final long FUTIAN = 101;
	static final long HAIZHU = 102;
	static final Placement SIM_STEP = new Placement("SIM_REPLACEMENT", "recommend");

	final List<OfferIndex.PackageRule> packages = new ArrayList<>();

	final List<OfferIndex.RolloutRule> rollouts = new ArrayList<>();

	static Instant at(int month, int day, int hour, int minute) {
		return LocalDateTime.of(2027, month, day, hour, minute).atZone(SHANGHAI).toInstant();
	}

	OfferIndex.PackageRule pack(long id, String code, PackageStatus status, Set<String> grades) {
		OfferIndex.PackageRule p = new OfferIndex.PackageRule(id, code, "业务 " + code, PackageCategory.DATA_ADDON,
				new BigDecimal("10.00"), "向{customer.name}推荐", grades, at(1, 1, 0, 0), at(12, 31, 0, 0), status,
				Set.of(SIM_STEP));
		packages.add(p);
		return p;
	}

	OfferIndex.PackageRule pack(long id, String code) {
		return pack(id, code, PackageStatus.ACTIVE, Set.of());
	}

	void rollout(long id, long packageId, int priority, Integer quota, Instant ends, boolean paused, List<Stage> stages,
			List<RolloutTarget> exclusions) {
		rollouts.add(new OfferIndex.RolloutRule(id, packageId, "推广 " + id, priority, quota, ends, paused, stages,
				exclusions));
	}

	void rollout(long id, long packageId, RolloutTarget... targets) {
		rollout(id, packageId, 1, null, null, false, List.of(new Stage(at(1, 1, 0, 0), List.of(targets))), List.of());
	}

	List<String> codes(long branch, long[] path, Instant when, String grade, OfferIndex.Usage usage) {
		OfferIndex index = OfferIndex.build(packages, rollouts);
		return index
			.resolve(new OfferIndex.Query(branch, path, SIM_STEP.flowKey(), SIM_STEP.stepKey(), grade, when, 3), usage)
			.stream()
			.map(Offer::packageCode)
			.toList();
	}

	List<String> codes(long branch, Instant when) {
		return codes(branch, pathOf(branch), when, "GOLD", OfferIndex.Usage.NONE);
	}

	static long[] pathOf(long branch) {
		return branch == FUTIAN ? new long[] { SHENZHEN, GUANGDONG } : new long[] { GUANGZHOU, GUANGDONG };
	}

	@Test
	void a_province_reaches_the_branches_of_its_cities_and_nothing_else() {
		pack(1, "DATA10");
		rollout(1, 1, RolloutTarget.region(GUANGZHOU));
		assertThat(codes(TIANHE, at(3, 1, 9, 0))).containsExactly("DATA10");
		assertThat(codes(FUTIAN, at(3, 1, 9, 0))).isEmpty();
		rollout(2, 1, RolloutTarget.region(GUANGDONG));
		assertThat(codes(FUTIAN, at(3, 1, 9, 0))).containsExactly("DATA10");
		assertThat(codes(TIANHE, new long[] { 9, 8 }, at(3, 1, 9, 0), "GOLD", OfferIndex.Usage.NONE)).isEmpty();
	}

	@Test
	void exclusions_take_out_a_branch_or_a_whole_region() {
		pack(1, "DATA10");
		rollout(1, 1, 1, null, null, false, List.of(new Stage(at(1, 1, 0, 0), List.of(RolloutTarget.NETWORK))),
				List.of(RolloutTarget.branch(HAIZHU), RolloutTarget.region(SHENZHEN)));
		assertThat(codes(TIANHE, at(3, 1, 9, 0))).containsExactly("DATA10");
		assertThat(codes(HAIZHU, at(3, 1, 9, 0))).isEmpty();
		assertThat(codes(FUTIAN, at(3, 1, 9, 0))).isEmpty();
	}

	@Test
	void stages_widen_the_reach_from_their_start_a_pilot_then_the_province() {
		pack(1, "VIDEO");
		rollout(1, 1, 1, null, null, false, List.of(new Stage(at(3, 1, 0, 0), List.of(RolloutTarget.branch(TIANHE))),
				new Stage(at(3, 15, 0, 0), List.of(RolloutTarget.region(GUANGDONG)))), List.of());
		assertThat(codes(TIANHE, at(2, 28, 23, 59))).isEmpty();
		assertThat(codes(TIANHE, at(3, 1, 0, 0))).containsExactly("VIDEO");
		assertThat(codes(FUTIAN, at(3, 14, 23, 59))).isEmpty();
		assertThat(codes(FUTIAN, at(3, 15, 0, 0))).containsExactly("VIDEO");
	}

	@Test
	void schedule_edges_fall_at_midnight_in_shanghai_start_inclusive_end_exclusive() {
		pack(1, "RING");
		rollout(1, 1, 1, null, at(4, 1, 0, 0), false,
				List.of(new Stage(at(3, 1, 0, 0), List.of(RolloutTarget.NETWORK))), List.of());
		Instant start = at(3, 1, 0, 0);
		Instant end = at(4, 1, 0, 0);
		assertThat(codes(TIANHE, start.minusMillis(1))).isEmpty();
		assertThat(codes(TIANHE, start)).containsExactly("RING");
		assertThat(codes(TIANHE, end.minusMillis(1))).containsExactly("RING");
		assertThat(codes(TIANHE, end)).isEmpty();
		// midnight in Shanghai is 16:00 UTC the day before
		assertThat(start.toString()).isEqualTo("2027-02-28T16:00:00Z");
	}

	@Test
	void a_package_is_only_offered_within_its_validity_and_while_active() {
		packages.add(new OfferIndex.PackageRule(1, "SHORT", "短期", PackageCategory.OTHER, BigDecimal.ONE, "x", Set.of(),
				at(3, 10, 0, 0), at(3, 20, 0, 0), PackageStatus.ACTIVE, Set.of(SIM_STEP)));
		pack(2, "DRAFTED", PackageStatus.DRAFT, Set.of());
		pack(3, "RETIRED", PackageStatus.RETIRED, Set.of());
		rollout(1, 1, RolloutTarget.NETWORK);
		rollout(2, 2, RolloutTarget.NETWORK);
		rollout(3, 3, RolloutTarget.NETWORK);
		assertThat(codes(TIANHE, at(3, 9, 23, 59))).isEmpty();
		assertThat(codes(TIANHE, at(3, 10, 0, 0))).containsExactly("SHORT");
		assertThat(codes(TIANHE, at(3, 20, 0, 0))).isEmpty();
	}

	@Test
	void grades_limit_who_is_offered_and_an_unknown_grade_only_gets_offers_for_everyone() {
		pack(1, "VIP", PackageStatus.ACTIVE, Set.of("GOLD", "DIAMOND"));
		pack(2, "ALL");
		rollout(1, 1, RolloutTarget.NETWORK);
		rollout(2, 2, RolloutTarget.NETWORK);
		Instant when = at(3, 1, 9, 0);
		assertThat(codes(TIANHE, pathOf(TIANHE), when, "DIAMOND", OfferIndex.Usage.NONE)).containsExactly("ALL", "VIP");
		assertThat(codes(TIANHE, pathOf(TIANHE), when, "STANDARD", OfferIndex.Usage.NONE)).containsExactly("ALL");
		assertThat(codes(TIANHE, pathOf(TIANHE), when, null, OfferIndex.Usage.NONE)).containsExactly("ALL");
	}

	@Test
	void a_used_up_quota_removes_the_offer_and_what_is_left_is_shown() {
		pack(1, "DATA10");
		rollout(1, 1, 1, 2, null, false, List.of(new Stage(at(1, 1, 0, 0), List.of(RolloutTarget.NETWORK))), List.of());
		OfferIndex index = OfferIndex.build(packages, rollouts);
		OfferIndex.Query query = new OfferIndex.Query(TIANHE, pathOf(TIANHE), SIM_STEP.flowKey(), SIM_STEP.stepKey(),
				null, at(3, 1, 9, 0), 3);
		assertThat(index.resolve(query, id -> 1)).singleElement().extracting(Offer::quotaLeft).isEqualTo(1);
		assertThat(index.resolve(query, id -> 2)).isEmpty();
	}

	@Test
	void a_paused_rollout_offers_nothing() {
		pack(1, "DATA10");
		rollout(1, 1, 1, null, null, true, List.of(new Stage(at(1, 1, 0, 0), List.of(RolloutTarget.NETWORK))),
				List.of());
		assertThat(codes(TIANHE, at(3, 1, 9, 0))).isEmpty();
		assertThat(OfferIndex.build(packages, rollouts).rollouts()).isZero();
	}

	@Test
	void offers_are_ordered_by_priority_then_code_cut_at_the_limit_and_each_package_comes_once() {
		pack(1, "B");
		pack(2, "A");
		pack(3, "C");
		pack(4, "D");
		List<Stage> everywhere = List.of(new Stage(at(1, 1, 0, 0), List.of(RolloutTarget.NETWORK)));
		rollout(1, 1, 2, null, null, false, everywhere, List.of());
		rollout(2, 2, 2, null, null, false, everywhere, List.of());
		rollout(3, 3, 1, null, null, false, everywhere, List.of());
		rollout(4, 4, 3, null, null, false, everywhere, List.of());
		rollout(5, 4, 1, null, null, false, List.of(new Stage(at(1, 1, 0, 0), List.of(RolloutTarget.branch(FUTIAN)))),
				List.of());
		assertThat(codes(TIANHE, at(3, 1, 9, 0))).containsExactly("C", "A", "B");
		OfferIndex index = OfferIndex.build(packages, rollouts);
		List<Offer> futian = index.resolve(new OfferIndex.Query(FUTIAN, pathOf(FUTIAN), SIM_STEP.flowKey(),
				SIM_STEP.stepKey(), null, at(3, 1, 9, 0), 5), OfferIndex.Usage.NONE);
		assertThat(futian).extracting(Offer::packageCode).containsExactly("C", "D", "A", "B");
		assertThat(futian.get(1).rolloutId()).isEqualTo(5);
	}

}
