package com.hallflow.promotion;

import com.hallflow.base.CustomerGrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A random promotion world: provinces with cities, branches in cities, packages placed at
 * the promotion steps of a few flows, and rollouts with stages, exclusions, quotas and
 * pauses, all within one year so that schedules overlap. Used by the resolver's property
 * test and by the {@code offers} benchmark.
 */
public final class RandomPromotions {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final Instant YEAR_START = LocalDateTime.of(2027, 1, 1, 0, 0).atZone(ZONE).toInstant();

	public static final List<Placement> PLACEMENTS = List.of(new Placement("NEW_SUBSCRIPTION", "promotion"),
			new Placement("SIM_REPLACEMENT", "recommend"), new Placement("BILL_PAYMENT", "pay"),
			new Placement("PLAN_CHANGE", "campaign"), new Placement("OWNERSHIP_TRANSFER", "needs"));

	public final List<long[]> regionPaths = new ArrayList<>();

	/** Per branch id (its index), the region path: city then province. */
	public final long[][] branchPaths;

	public final List<OfferIndex.PackageRule> packages = new ArrayList<>();

	public final List<OfferIndex.RolloutRule> rollouts = new ArrayList<>();

	public final int provinces;

	public final int cities;

	private final Random random;

	public RandomPromotions(long seed, int regionCount, int branchCount, int packageCount, int rolloutCount) {
		random = new Random(seed);
		provinces = Math.max(1, regionCount / 10);
		cities = regionCount - provinces;
		// regions 1..provinces are provinces; the rest are cities, each under a province
		long[] parent = new long[regionCount + 1];
		for (int c = provinces + 1; c <= regionCount; c++) {
			parent[c] = 1 + random.nextInt(provinces);
		}
		branchPaths = new long[branchCount][];
		for (int b = 0; b < branchCount; b++) {
			long city = cities == 0 ? 1 : provinces + 1 + random.nextInt(cities);
			branchPaths[b] = parent[(int) city] == 0 ? new long[] { city } : new long[] { city, parent[(int) city] };
		}
		for (int p = 1; p <= packageCount; p++) {
			Set<String> grades = new HashSet<>();
			if (random.nextInt(3) == 0) {
				for (CustomerGrade grade : CustomerGrade.values()) {
					if (random.nextBoolean()) {
						grades.add(grade.name());
					}
				}
			}
			Set<Placement> placements = new HashSet<>();
			placements.add(PLACEMENTS.get(random.nextInt(PLACEMENTS.size())));
			if (random.nextBoolean()) {
				placements.add(PLACEMENTS.get(random.nextInt(PLACEMENTS.size())));
			}
			Instant from = day(random.nextInt(60));
			Instant until = random.nextInt(4) == 0 ? null : day(120 + random.nextInt(245));
			PackageStatus status = random.nextInt(10) == 0 ? PackageStatus.RETIRED
					: random.nextInt(10) == 0 ? PackageStatus.DRAFT : PackageStatus.ACTIVE;
			packages.add(new OfferIndex.PackageRule(p, "P%05d".formatted(p), "业务 " + p,
					PackageCategory.values()[random.nextInt(PackageCategory.values().length)],
					BigDecimal.valueOf(5 + random.nextInt(50)), "推荐 {customer.name}", grades, from, until, status,
					placements));
		}
		for (int r = 1; r <= rolloutCount; r++) {
			List<Stage> stages = new ArrayList<>();
			Instant start = day(random.nextInt(300)).plusSeconds(random.nextInt(4) == 0 ? 0 : random.nextInt(86_400));
			int stageCount = 1 + random.nextInt(3);
			for (int s = 0; s < stageCount; s++) {
				stages.add(new Stage(start, targets(1 + random.nextInt(s == 0 ? 4 : 2), regionCount, branchCount)));
				start = start.plusSeconds(86_400L * (1 + random.nextInt(20)));
			}
			List<RolloutTarget> exclusions = random.nextInt(3) == 0
					? targets(1 + random.nextInt(3), regionCount, branchCount).stream()
						.filter(t -> t.kind() != TargetKind.NETWORK)
						.toList()
					: List.of();
			Instant ends = random.nextInt(5) == 0 ? null : start.plusSeconds(86_400L * random.nextInt(90));
			rollouts.add(new OfferIndex.RolloutRule(r, 1 + random.nextInt(packageCount), "推广 " + r,
					1 + random.nextInt(5), random.nextInt(4) == 0 ? 1 + random.nextInt(3) : null, ends,
					random.nextInt(12) == 0, stages, exclusions));
		}
	}

	private List<RolloutTarget> targets(int count, int regionCount, int branchCount) {
		List<RolloutTarget> targets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int kind = random.nextInt(20);
			if (kind == 0) {
				targets.add(RolloutTarget.NETWORK);
			}
			else if (kind < 8) {
				targets.add(RolloutTarget.region(1 + random.nextInt(regionCount)));
			}
			else {
				targets.add(RolloutTarget.branch(random.nextInt(branchCount)));
			}
		}
		return targets;
	}

	public static Instant day(int n) {
		return YEAR_START.plusSeconds(86_400L * n);
	}

	/**
	 * A random lookup: a branch, a placement, a grade (or none) and an instant in the
	 * year.
	 */
	public OfferIndex.Query query(Random r, int limit) {
		int branch = r.nextInt(branchPaths.length);
		Placement placement = PLACEMENTS.get(r.nextInt(PLACEMENTS.size()));
		CustomerGrade[] grades = CustomerGrade.values();
		String grade = r.nextInt(5) == 0 ? null : grades[r.nextInt(grades.length)].name();
		Instant at = day(r.nextInt(365)).plusSeconds(r.nextInt(86_400));
		return new OfferIndex.Query(branch, branchPaths[branch], placement.flowKey(), placement.stepKey(), grade, at,
				limit);
	}

}
