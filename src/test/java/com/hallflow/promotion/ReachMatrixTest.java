package com.hallflow.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.CustomerGrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The planner's matrix says, per package and province, exactly what the offer index
 * offers there.
 */
class ReachMatrixTest {

	/**
	 * Each try builds a random world (a two-level region tree, hundreds of branches, some
	 * closed, packages with validity, grades and status, rollouts with stages at the
	 * network, regions and branches, exclusions, ends, quotas and pauses) and, at random
	 * instants and at the instants where stages start, rollouts end and packages become
	 * valid or lapse, compares every cell with a count made by asking the index itself,
	 * branch by branch, at every placement and for every grade.
	 */
	@Property(tries = 30)
	void every_cell_counts_the_branches_of_the_province_where_the_index_offers_the_package(@ForAll long seed,
			@ForAll @IntRange(min = 1, max = 600) int rolloutCount) {
		RandomPromotions world = new RandomPromotions(seed, 40, 300, 40, rolloutCount);
		OfferIndex index = OfferIndex.build(world.packages, world.rollouts);
		Random random = new Random(seed ^ 0x2545F4914F6CDD1DL);
		List<ReachMatrix.BranchPlace> open = new ArrayList<>();
		for (int b = 0; b < world.branchPaths.length; b++) {
			if (random.nextInt(10) != 0) {
				open.add(new ReachMatrix.BranchPlace(b, world.branchPaths[b]));
			}
		}
		List<Instant> boundaries = boundaries(world);
		for (int i = 0; i < 6; i++) {
			Instant at = random.nextBoolean() ? boundaries.get(random.nextInt(boundaries.size()))
					: RandomPromotions.day(random.nextInt(365)).plusSeconds(random.nextInt(86_400));
			List<PackageReach> matrix = ReachMatrix.compute(index, world.packages, open, at);
			Map<Long, Map<Long, Integer>> expected = countAskingTheIndex(index, open, at);
			Map<Long, Integer> branchesPerProvince = new HashMap<>();
			open.forEach(b -> branchesPerProvince.merge(b.provinceId(), 1, Integer::sum));

			assertThat(matrix).extracting(PackageReach::packageId)
				.as("the packages offered somewhere at %s", at)
				.containsExactlyInAnyOrderElementsOf(expected.keySet());
			for (PackageReach row : matrix) {
				for (long province = 1; province <= world.provinces; province++) {
					int branches = branchesPerProvince.getOrDefault(province, 0);
					int reached = expected.get(row.packageId()).getOrDefault(province, 0);
					assertThat(row.in(province)).as("package %d in province %d at %s", row.packageId(), province, at)
						.isEqualTo(branches == 0 ? ProvinceReach.NONE : new ProvinceReach(reached, branches));
				}
			}
		}
	}

	/**
	 * Per package, per province: how many of the open branches get it from
	 * {@link OfferIndex#resolve}.
	 */
	private static Map<Long, Map<Long, Integer>> countAskingTheIndex(OfferIndex index,
			List<ReachMatrix.BranchPlace> open, Instant at) {
		List<String> grades = new ArrayList<>(Stream.of(CustomerGrade.values()).map(Enum::name).toList());
		grades.add(null);
		Map<Long, Map<Long, Integer>> counts = new HashMap<>();
		for (ReachMatrix.BranchPlace branch : open) {
			Set<Long> offered = new HashSet<>();
			for (Placement placement : RandomPromotions.PLACEMENTS) {
				for (String grade : grades) {
					index
						.resolve(new OfferIndex.Query(branch.branchId(), branch.regionPath(), placement.flowKey(),
								placement.stepKey(), grade, at, Integer.MAX_VALUE), OfferIndex.Usage.NONE)
						.forEach(o -> offered.add(o.packageId()));
				}
			}
			offered.forEach(
					p -> counts.computeIfAbsent(p, k -> new HashMap<>()).merge(branch.provinceId(), 1, Integer::sum));
		}
		return counts;
	}

	/** The instants where the answer changes, and the millisecond before each. */
	private static List<Instant> boundaries(RandomPromotions world) {
		List<Instant> at = new ArrayList<>();
		world.rollouts.forEach(r -> {
			r.stages().forEach(s -> at.add(s.startsAt()));
			if (r.endsAt() != null) {
				at.add(r.endsAt());
			}
		});
		world.packages.forEach(p -> {
			at.add(p.validFrom());
			if (p.validUntil() != null) {
				at.add(p.validUntil());
			}
		});
		new ArrayList<>(at).forEach(i -> at.add(i.minusMillis(1)));
		return at;
	}

	static final long PROVINCE = 1;
	static final long CITY = 2;
	static final long OTHER_CITY = 3;
	static final long OTHER_PROVINCE = 4;
	static final Instant START = RandomPromotions.day(10);
	static final Placement STEP = RandomPromotions.PLACEMENTS.get(0);

	static OfferIndex.PackageRule pack(long id, PackageStatus status, Instant validUntil) {
		return new OfferIndex.PackageRule(id, "P" + id, "业务 " + id, PackageCategory.DATA_ADDON, BigDecimal.TEN, "推荐",
				Set.of("GOLD"), RandomPromotions.day(0), validUntil, status, Set.of(STEP));
	}

	static OfferIndex.RolloutRule rollout(long id, long pack, boolean paused, List<RolloutTarget> exclusions,
			RolloutTarget... targets) {
		return new OfferIndex.RolloutRule(id, pack, "推广 " + id, 1, 1, null, paused,
				List.of(new Stage(START, Arrays.asList(targets))), exclusions);
	}

	@Example
	void a_province_wide_rollout_with_one_branch_excluded_reaches_some_of_the_province_and_lapses_with_its_package() {
		List<ReachMatrix.BranchPlace> branches = List.of(new ReachMatrix.BranchPlace(10, new long[] { CITY, PROVINCE }),
				new ReachMatrix.BranchPlace(11, new long[] { CITY, PROVINCE }),
				new ReachMatrix.BranchPlace(12, new long[] { OTHER_CITY, PROVINCE }),
				new ReachMatrix.BranchPlace(20, new long[] { OTHER_PROVINCE }));
		List<OfferIndex.PackageRule> packages = List.of(pack(1, PackageStatus.ACTIVE, RandomPromotions.day(30)),
				pack(2, PackageStatus.ACTIVE, null), pack(3, PackageStatus.RETIRED, null));
		List<OfferIndex.RolloutRule> rollouts = List.of(
				rollout(1, 1, false, List.of(RolloutTarget.branch(11)), RolloutTarget.region(PROVINCE)),
				rollout(2, 2, true, List.of(), RolloutTarget.NETWORK),
				rollout(3, 3, false, List.of(), RolloutTarget.NETWORK),
				rollout(4, 1, false, List.of(), RolloutTarget.branch(20)));
		OfferIndex index = OfferIndex.build(packages, rollouts);

		assertThat(ReachMatrix.compute(index, packages, branches, START.minusMillis(1))).as("before the start")
			.isEmpty();
		List<PackageReach> running = ReachMatrix.compute(index, packages, branches, START);
		assertThat(running).as("the paused and the retired package reach nothing").singleElement().satisfies(row -> {
			assertThat(row.packageCode()).isEqualTo("P1");
			assertThat(row.in(PROVINCE)).isEqualTo(new ProvinceReach(2, 3));
			assertThat(row.in(PROVINCE).coverage()).isEqualTo(ProvinceReach.Coverage.SOME);
			assertThat(row.in(OTHER_PROVINCE).coverage()).isEqualTo(ProvinceReach.Coverage.ALL);
			assertThat(row.in(99).coverage()).isEqualTo(ProvinceReach.Coverage.NONE);
		});
		assertThat(ReachMatrix.compute(index, packages, branches, RandomPromotions.day(30)))
			.as("the day after the package's last valid day")
			.isEmpty();
	}

}
