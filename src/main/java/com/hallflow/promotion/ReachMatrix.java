package com.hallflow.promotion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The planner's packages × provinces matrix, computed from the offer index itself so that
 * it can never contradict what clerks are offered. Pure: the caller gives the index and
 * where each open branch sits.
 *
 * <p>
 * A cell (package, province) at instant {@code t} counts the province's open branches
 * whose clerks offer the package at {@code t} to some customer at some step: the package
 * is among {@link OfferIndex#resolve}'s offers for that branch at {@code t}, without a
 * limit, at one of the package's placements, for a grade it is meant for (any grade when
 * it names none), with no quota used yet (a quota limits acceptances, not reach). So
 * every rule of the index applies: stages (network, region, branch) started by {@code t},
 * the rollout's end, pause, exclusions of the branch or a region on its path, and the
 * package being active and valid that day. A cell is {@link ProvinceReach.Coverage#ALL}
 * when every open branch of the province offers it, {@link ProvinceReach.Coverage#SOME}
 * when some do and {@link ProvinceReach.Coverage#NONE} when none does.
 */
public final class ReachMatrix {

	/**
	 * An open branch and its region path: its region, then each ancestor, the province
	 * last.
	 */
	public record BranchPlace(long branchId, long[] regionPath) {

		public BranchPlace {
			if (regionPath.length == 0) {
				throw new IllegalArgumentException("a branch sits in a region");
			}
			regionPath = regionPath.clone();
		}

		@Override
		public long[] regionPath() {
			return regionPath.clone();
		}

		public long provinceId() {
			return regionPath[regionPath.length - 1];
		}
	}

	private ReachMatrix() {
	}

	/**
	 * One row per package offered at {@code t} in at least one branch, by package code.
	 */
	public static List<PackageReach> compute(OfferIndex index, Collection<OfferIndex.PackageRule> packages,
			Collection<BranchPlace> branches, Instant t) {
		Map<Long, Integer> branchesPerProvince = new HashMap<>();
		Map<Long, Map<Long, Integer>> reachedPerPackage = new HashMap<>();
		for (BranchPlace branch : branches) {
			long province = branch.provinceId();
			branchesPerProvince.merge(province, 1, Integer::sum);
			for (long pack : index.packagesReaching(branch.branchId(), branch.regionPath, t)) {
				reachedPerPackage.computeIfAbsent(pack, k -> new HashMap<>()).merge(province, 1, Integer::sum);
			}
		}
		List<PackageReach> rows = new ArrayList<>();
		for (OfferIndex.PackageRule pack : packages) {
			Map<Long, Integer> reached = reachedPerPackage.get(pack.id());
			if (reached == null) {
				continue;
			}
			Map<Long, ProvinceReach> cells = new HashMap<>();
			branchesPerProvince.forEach((province, count) -> cells.put(province,
					new ProvinceReach(reached.getOrDefault(province, 0), count)));
			rows.add(new PackageReach(pack.id(), pack.code(), pack.name(), cells));
		}
		rows.sort(Comparator.comparing(PackageReach::packageCode).thenComparingLong(PackageReach::packageId));
		return rows;
	}

}
