package com.hallflow.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The promotion rules compiled for lookup: which offers a clerk of a branch sees at a
 * step of a flow, for a customer grade, at an instant (docs/architecture.md §8).
 * Immutable and free of I/O: the caller gives the branch's region path and the branch's
 * quota usage, so the same index answers for every node, every branch and any instant
 * (the planner's preview uses it too).
 *
 * <p>
 * Rules, in the order they are checked: the rollout is not paused and its package is
 * active; a stage that reaches the branch (itself, a region on its path, or the network)
 * has started; the rollout has not ended; the package is valid that day; neither the
 * branch nor a region on its path is excluded; the customer's grade is eligible (a
 * package without grades is for everybody; a customer without a grade only gets those);
 * the branch's quota is not used up. A package reached by several rollouts is offered
 * once, from the first of them. Offers are ordered by priority (1 first), then package
 * code, then rollout id, and cut at the limit.
 */
public final class OfferIndex {

	/** A package as the resolver needs it; {@code validUntil} is exclusive. */
	public record PackageRule(long id, String code, String name, PackageCategory category, BigDecimal monthlyPrice,
			String pitchScript, Set<String> grades, Instant validFrom, Instant validUntil, PackageStatus status,
			Set<Placement> placements) {

		public PackageRule {
			grades = Set.copyOf(grades);
			placements = Set.copyOf(placements);
		}
	}

	/**
	 * A rollout as the resolver needs it; {@code endsAt} is exclusive, null for
	 * open-ended.
	 */
	public record RolloutRule(long id, long packageId, String name, int priority, Integer quotaPerBranch,
			Instant endsAt, boolean paused, List<Stage> stages, List<RolloutTarget> exclusions) {

		public RolloutRule {
			stages = List.copyOf(stages);
			exclusions = List.copyOf(exclusions);
		}
	}

	/**
	 * One lookup. {@code regionPath} is the branch's region and its ancestors;
	 * {@code grade} may be null (grade unknown).
	 */
	public record Query(long branchId, long[] regionPath, String flowKey, String stepKey, String grade, Instant at,
			int limit) {
	}

	/** How many acceptances the query's branch has used of a rollout's quota. */
	@FunctionalInterface
	public interface Usage {

		Usage NONE = rolloutId -> 0;

		int accepted(long rolloutId);

	}

	/** One way a rollout reaches a step: from this stage's start on. */
	private record Entry(Compiled rollout, long startsAt) {
	}

	/** A rollout joined with its package, times as epoch milliseconds. */
	private record Compiled(RolloutRule rule, PackageRule pack, long endsAt, long validFrom, long validUntil,
			Set<Long> excludedBranches, Set<Long> excludedRegions, boolean networkExcluded) {
	}

	/** What one step of one flow may offer, by what reaches a branch. */
	private static final class Slot {

		final List<Entry> network = new ArrayList<>();

		final Map<Long, List<Entry>> regions = new HashMap<>();

		final Map<Long, List<Entry>> branches = new HashMap<>();

	}

	private static final Comparator<Offer> ORDER = Comparator.comparingInt(Offer::priority)
		.thenComparing(Offer::packageCode)
		.thenComparingLong(Offer::rolloutId);

	private final Map<String, Slot> slots;

	private final Map<Long, RolloutRule> live;

	private OfferIndex(Map<String, Slot> slots, Map<Long, RolloutRule> live) {
		this.slots = slots;
		this.live = live;
	}

	public static OfferIndex empty() {
		return new OfferIndex(Map.of(), Map.of());
	}

	/**
	 * Compiles the rules; paused rollouts and packages that are not active are left out.
	 */
	public static OfferIndex build(Collection<PackageRule> packages, Collection<RolloutRule> rollouts) {
		Map<Long, PackageRule> byId = new HashMap<>();
		packages.forEach(p -> byId.put(p.id(), p));
		Map<String, Slot> slots = new HashMap<>();
		Map<Long, RolloutRule> live = new HashMap<>();
		for (RolloutRule rollout : rollouts) {
			PackageRule pack = byId.get(rollout.packageId());
			if (rollout.paused() || pack == null || pack.status() != PackageStatus.ACTIVE) {
				continue;
			}
			live.put(rollout.id(), rollout);
			Compiled compiled = compile(rollout, pack);
			for (Placement placement : pack.placements()) {
				Slot slot = slots.computeIfAbsent(placement.key(), k -> new Slot());
				for (Stage stage : rollout.stages()) {
					long startsAt = stage.startsAt().toEpochMilli();
					for (RolloutTarget target : stage.targets()) {
						Entry entry = new Entry(compiled, startsAt);
						switch (target.kind()) {
							case NETWORK -> slot.network.add(entry);
							case REGION ->
								slot.regions.computeIfAbsent(target.refId(), k -> new ArrayList<>()).add(entry);
							case BRANCH ->
								slot.branches.computeIfAbsent(target.refId(), k -> new ArrayList<>()).add(entry);
						}
					}
				}
			}
		}
		return new OfferIndex(slots, live);
	}

	private static Compiled compile(RolloutRule rollout, PackageRule pack) {
		Set<Long> branches = new HashSet<>();
		Set<Long> regions = new HashSet<>();
		boolean network = false;
		for (RolloutTarget excluded : rollout.exclusions()) {
			switch (excluded.kind()) {
				case NETWORK -> network = true;
				case REGION -> regions.add(excluded.refId());
				case BRANCH -> branches.add(excluded.refId());
			}
		}
		return new Compiled(rollout, pack, rollout.endsAt() == null ? Long.MAX_VALUE : rollout.endsAt().toEpochMilli(),
				pack.validFrom().toEpochMilli(),
				pack.validUntil() == null ? Long.MAX_VALUE : pack.validUntil().toEpochMilli(), Set.copyOf(branches),
				Set.copyOf(regions), network);
	}

	/** How many live (not paused, package active) rollouts the index holds. */
	public int rollouts() {
		return live.size();
	}

	/**
	 * Whether any live rollout offers anything at this step, anywhere, ever: if not, a
	 * lookup can be skipped.
	 */
	public boolean offersAt(String flowKey, String stepKey) {
		return slots.containsKey(flowKey + "/" + stepKey);
	}

	/**
	 * The per-branch quota of a live rollout, null when it has none or is not in the
	 * index.
	 */
	public Integer quotaOf(long rolloutId) {
		RolloutRule rule = live.get(rolloutId);
		return rule == null ? null : rule.quotaPerBranch();
	}

	/** The effective offers for the query, best first, at most {@code query.limit()}. */
	public List<Offer> resolve(Query query, Usage usage) {
		Slot slot = slots.get(query.flowKey() + "/" + query.stepKey());
		if (slot == null || query.limit() <= 0) {
			return List.of();
		}
		long at = query.at().toEpochMilli();
		Map<Long, Offer> best = new HashMap<>();
		consider(slot.branches.get(query.branchId()), query, at, usage, best);
		for (long region : query.regionPath()) {
			consider(slot.regions.get(region), query, at, usage, best);
		}
		consider(slot.network, query, at, usage, best);
		if (best.isEmpty()) {
			return List.of();
		}
		List<Offer> offers = new ArrayList<>(best.values());
		offers.sort(ORDER);
		return offers.size() > query.limit() ? List.copyOf(offers.subList(0, query.limit())) : offers;
	}

	/**
	 * The packages a branch's clerks offer at {@code at} to some customer at some step:
	 * exactly the packages {@link #resolve} returns for this branch and instant, without
	 * a limit, for some placement of the package and some grade it is for (any, when it
	 * names none), with no quota used yet. A package reached only by rollouts whose quota
	 * is below one is not.
	 */
	public Set<Long> packagesReaching(long branchId, long[] regionPath, Instant at) {
		long when = at.toEpochMilli();
		Set<Long> reached = new HashSet<>();
		for (Slot slot : slots.values()) {
			reach(slot.branches.get(branchId), branchId, regionPath, when, reached);
			for (long region : regionPath) {
				reach(slot.regions.get(region), branchId, regionPath, when, reached);
			}
			reach(slot.network, branchId, regionPath, when, reached);
		}
		return reached;
	}

	private static void reach(List<Entry> entries, long branchId, long[] regionPath, long at, Set<Long> reached) {
		if (entries == null) {
			return;
		}
		for (Entry entry : entries) {
			Compiled c = entry.rollout();
			if (!reached.contains(c.pack().id()) && inEffect(entry, at) && !excluded(c, branchId, regionPath)
					&& (c.rule().quotaPerBranch() == null || c.rule().quotaPerBranch() > 0)) {
				reached.add(c.pack().id());
			}
		}
	}

	private static void consider(List<Entry> entries, Query query, long at, Usage usage, Map<Long, Offer> best) {
		if (entries == null) {
			return;
		}
		for (Entry entry : entries) {
			Compiled c = entry.rollout();
			if (!inEffect(entry, at)) {
				continue;
			}
			Offer already = best.get(c.pack().id());
			if (already != null && already.rolloutId() == c.rule().id()) {
				continue;
			}
			if (excluded(c, query.branchId(), query.regionPath()) || !eligible(c.pack(), query.grade())) {
				continue;
			}
			Integer quota = c.rule().quotaPerBranch();
			Integer left = null;
			if (quota != null) {
				left = quota - usage.accepted(c.rule().id());
				if (left <= 0) {
					continue;
				}
			}
			Offer offer = new Offer(c.pack().id(), c.pack().code(), c.pack().name(), c.pack().category(),
					c.pack().monthlyPrice(), c.pack().pitchScript(), c.rule().id(), c.rule().name(),
					c.rule().priority(), left);
			if (already == null || ORDER.compare(offer, already) < 0) {
				best.put(c.pack().id(), offer);
			}
		}
	}

	/**
	 * The stage has started, the rollout has not ended and its package is valid at
	 * {@code at}.
	 */
	private static boolean inEffect(Entry entry, long at) {
		Compiled c = entry.rollout();
		return entry.startsAt() <= at && at < c.endsAt() && at >= c.validFrom() && at < c.validUntil();
	}

	private static boolean excluded(Compiled c, long branchId, long[] regionPath) {
		if (c.networkExcluded() || c.excludedBranches().contains(branchId)) {
			return true;
		}
		if (!c.excludedRegions().isEmpty()) {
			for (long region : regionPath) {
				if (c.excludedRegions().contains(region)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean eligible(PackageRule pack, String grade) {
		return pack.grades().isEmpty() || (grade != null && pack.grades().contains(grade));
	}

}
