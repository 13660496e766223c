package com.hallflow.promotion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolver's rules written the plainest way: every rollout, every stage, every
 * target, checked one by one for one query. Slow, obviously right; the index must agree
 * with it.
 */
final class OfferOracle {

	private OfferOracle() {
	}

	static List<Offer> resolve(List<OfferIndex.PackageRule> packages, List<OfferIndex.RolloutRule> rollouts,
			OfferIndex.Query q, OfferIndex.Usage usage) {
		Map<Long, OfferIndex.PackageRule> byId = new HashMap<>();
		packages.forEach(p -> byId.put(p.id(), p));
		Map<Long, Offer> best = new HashMap<>();
		Comparator<Offer> order = Comparator.comparingInt(Offer::priority)
			.thenComparing(Offer::packageCode)
			.thenComparingLong(Offer::rolloutId);
		for (OfferIndex.RolloutRule r : rollouts) {
			OfferIndex.PackageRule p = byId.get(r.packageId());
			if (p == null || r.paused() || p.status() != PackageStatus.ACTIVE) {
				continue;
			}
			if (p.placements()
				.stream()
				.noneMatch(pl -> pl.flowKey().equals(q.flowKey()) && pl.stepKey().equals(q.stepKey()))) {
				continue;
			}
			Instant at = q.at();
			boolean reached = r.stages()
				.stream()
				.anyMatch(s -> !s.startsAt().isAfter(at) && s.targets().stream().anyMatch(t -> covers(t, q)));
			boolean excluded = r.exclusions().stream().anyMatch(t -> covers(t, q));
			boolean inTime = (r.endsAt() == null || at.isBefore(r.endsAt())) && !at.isBefore(p.validFrom())
					&& (p.validUntil() == null || at.isBefore(p.validUntil()));
			boolean eligible = p.grades().isEmpty() || (q.grade() != null && p.grades().contains(q.grade()));
			Integer left = r.quotaPerBranch() == null ? null : r.quotaPerBranch() - usage.accepted(r.id());
			if (!reached || excluded || !inTime || !eligible || (left != null && left <= 0)) {
				continue;
			}
			Offer offer = new Offer(p.id(), p.code(), p.name(), p.category(), p.monthlyPrice(), p.pitchScript(), r.id(),
					r.name(), r.priority(), left);
			best.merge(p.id(), offer, (a, b) -> order.compare(a, b) <= 0 ? a : b);
		}
		List<Offer> offers = new ArrayList<>(best.values());
		offers.sort(order);
		return offers.subList(0, Math.min(q.limit(), offers.size()));
	}

	private static boolean covers(RolloutTarget t, OfferIndex.Query q) {
		return switch (t.kind()) {
			case NETWORK -> true;
			case BRANCH -> t.refId() == q.branchId();
			case REGION -> {
				for (long region : q.regionPath()) {
					if (region == t.refId()) {
						yield true;
					}
				}
				yield false;
			}
		};
	}

}
