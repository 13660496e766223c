package com.hallflow.variant;

import com.hallflow.flowdesign.PublishedVersion;
import com.hallflow.organization.RegionTree;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which of head office's versions and which regions' overlays a branch runs for a flow at
 * an instant (docs/architecture.md §14, decision 0027). Immutable and free of I/O, like
 * promotion's offer index: built from the published versions, the published overlays, the
 * rollouts, the region tree and each branch's region, it answers for every branch and any
 * instant (the planner's preview uses it too).
 *
 * <p>
 * A version or overlay without a rollout applies everywhere from its start
 * ({@code effective_from}, {@code published_at}). One with rollouts applies to a branch
 * at {@code t} only from its start and when a rollout of it that was not rolled back has
 * a stage started by {@code t} that reaches the branch (the network, a region on its
 * path, or the branch itself) and excludes neither the branch nor a region on its path; a
 * stage still to start when its rollout was paused does not start until it is resumed.
 *
 * <p>
 * Head office's version is the newest that applies. The overlays are, for the branch's
 * province then its city, the newest of that region laid on that version that applies. A
 * region whose overlays apply here but none on that version (its overlay could not be
 * rebased yet, or its rebased overlay is staged and has not reached the branch) keeps the
 * branch on its last effective flow: the newest older version that applies and on which
 * every such region has an overlay that applies; failing that, the newest version with
 * the overlays there are on it.
 */
public final class EffectiveIndex {

	/** A published overlay as the index needs it. */
	public record OverlayRule(long id, String flowKey, long regionId, int number, long baseVersionId,
			Instant publishedAt) {
	}

	/** A stage reach compiled: the earliest start (epoch ms) per place it reaches. */
	private static final class Compiled {

		long network = Long.MAX_VALUE;

		final Map<Long, Long> regions = new HashMap<>();

		final Map<Long, Long> branches = new HashMap<>();

		final Set<Long> excludedRegions = new HashSet<>();

		final Set<Long> excludedBranches = new HashSet<>();

		boolean reaches(long branchId, long[] path, long at) {
			if (excludedBranches.contains(branchId)) {
				return false;
			}
			for (long region : path) {
				if (excludedRegions.contains(region)) {
					return false;
				}
			}
			if (network <= at) {
				return true;
			}
			Long own = branches.get(branchId);
			if (own != null && own <= at) {
				return true;
			}
			for (long region : path) {
				Long start = regions.get(region);
				if (start != null && start <= at) {
					return true;
				}
			}
			return false;
		}

	}

	/** From when a version or overlay may apply, and where its rollouts reach. */
	private record Reach(long from, boolean staged, Compiled[] rollouts) {

		boolean applies(long branchId, long[] path, long at) {
			if (from > at) {
				return false;
			}
			if (!staged) {
				return true;
			}
			for (Compiled rollout : rollouts) {
				if (rollout.reaches(branchId, path, at)) {
					return true;
				}
			}
			return false;
		}

	}

	private record VersionEntry(long id, int number, Reach reach) {
	}

	private record OverlayEntry(OverlayRule rule, Reach reach) {
	}

	/**
	 * A region's overlays of one flow, newest first, all and by the version they are on.
	 */
	private record RegionOverlays(OverlayEntry[] all, Map<Long, OverlayEntry[]> byBase) {
	}

	private record FlowEntry(boolean retired, VersionEntry[] versions, Map<Long, RegionOverlays> overlays) {
	}

	private static final OverlayEntry[] NONE = new OverlayEntry[0];

	private final Map<String, FlowEntry> flows;

	private final Map<Long, long[]> branchPaths;

	private final Map<Long, OverlayRule> overlays;

	private final int rollouts;

	private EffectiveIndex(Map<String, FlowEntry> flows, Map<Long, long[]> branchPaths, Map<Long, OverlayRule> overlays,
			int rollouts) {
		this.flows = flows;
		this.branchPaths = branchPaths;
		this.overlays = overlays;
		this.rollouts = rollouts;
	}

	public static EffectiveIndex empty() {
		return new EffectiveIndex(Map.of(), Map.of(), Map.of(), 0);
	}

	/**
	 * @param branchRegions each branch's region, by branch id
	 */
	public static EffectiveIndex build(Collection<PublishedVersion> versions, Collection<OverlayRule> overlays,
			Collection<FlowRollout> rollouts, RegionTree regions, Map<Long, Long> branchRegions) {
		Map<Long, List<Compiled>> byVersion = new HashMap<>();
		Map<Long, List<Compiled>> byOverlay = new HashMap<>();
		for (FlowRollout rollout : rollouts) {
			Map<Long, List<Compiled>> bySubject = rollout.subject() == FlowRollout.Subject.VERSION ? byVersion
					: byOverlay;
			List<Compiled> compiled = bySubject.computeIfAbsent(rollout.subjectId(), k -> new ArrayList<>());
			if (!rollout.rolledBack()) {
				compiled.add(compile(rollout));
			}
		}
		Map<String, List<PublishedVersion>> versionsByFlow = new HashMap<>();
		versions.forEach(v -> versionsByFlow.computeIfAbsent(v.flowKey(), k -> new ArrayList<>()).add(v));
		Map<String, Map<Long, List<OverlayEntry>>> overlaysByFlow = new HashMap<>();
		Map<Long, OverlayRule> overlayById = new HashMap<>();
		for (OverlayRule overlay : overlays) {
			overlayById.put(overlay.id(), overlay);
			overlaysByFlow.computeIfAbsent(overlay.flowKey(), k -> new HashMap<>())
				.computeIfAbsent(overlay.regionId(), k -> new ArrayList<>())
				.add(new OverlayEntry(overlay, reach(overlay.publishedAt(), byOverlay.get(overlay.id()))));
		}
		Map<String, FlowEntry> flows = new HashMap<>();
		versionsByFlow.forEach((key, list) -> {
			VersionEntry[] entries = list.stream()
				.sorted(Comparator.comparingInt(PublishedVersion::number).reversed())
				.map(v -> new VersionEntry(v.versionId(), v.number(),
						reach(v.effectiveFrom(), byVersion.get(v.versionId()))))
				.toArray(VersionEntry[]::new);
			boolean retired = list.stream().anyMatch(PublishedVersion::retired);
			Map<Long, RegionOverlays> regionOverlays = new HashMap<>();
			overlaysByFlow.getOrDefault(key, Map.of()).forEach((region, of) -> {
				of.sort(Comparator.comparingInt((OverlayEntry o) -> o.rule().number()).reversed());
				Map<Long, List<OverlayEntry>> byBase = new HashMap<>();
				of.forEach(o -> byBase.computeIfAbsent(o.rule().baseVersionId(), k -> new ArrayList<>()).add(o));
				Map<Long, OverlayEntry[]> bases = new HashMap<>();
				byBase.forEach((base, on) -> bases.put(base, on.toArray(NONE)));
				regionOverlays.put(region, new RegionOverlays(of.toArray(NONE), bases));
			});
			flows.put(key, new FlowEntry(retired, entries, regionOverlays));
		});
		Map<Long, long[]> paths = new HashMap<>();
		Map<Long, long[]> pathOfRegion = new HashMap<>();
		branchRegions.forEach((branch, region) -> paths.put(branch,
				pathOfRegion.computeIfAbsent(region, r -> provinceFirst(regions.path(r)))));
		return new EffectiveIndex(flows, paths, overlayById, rollouts.size());
	}

	private static long[] provinceFirst(long[] nearestFirst) {
		long[] path = new long[nearestFirst.length];
		for (int i = 0; i < path.length; i++) {
			path[i] = nearestFirst[nearestFirst.length - 1 - i];
		}
		return path;
	}

	private static Reach reach(Instant from, List<Compiled> rollouts) {
		return new Reach(from == null ? Long.MIN_VALUE : from.toEpochMilli(), rollouts != null,
				rollouts == null ? new Compiled[0] : rollouts.toArray(new Compiled[0]));
	}

	private static Compiled compile(FlowRollout rollout) {
		Compiled compiled = new Compiled();
		for (Stage stage : rollout.stages()) {
			Instant start = rollout.effectiveStart(stage);
			if (start == null) {
				continue;
			}
			long at = start.toEpochMilli();
			for (RolloutTarget target : stage.targets()) {
				switch (target.kind()) {
					case NETWORK -> compiled.network = Math.min(compiled.network, at);
					case REGION -> compiled.regions.merge(target.refId(), at, Math::min);
					case BRANCH -> compiled.branches.merge(target.refId(), at, Math::min);
				}
			}
		}
		for (RolloutTarget excluded : rollout.exclusions()) {
			switch (excluded.kind()) {
				case NETWORK -> compiled.network = Long.MAX_VALUE;
				case REGION -> compiled.excludedRegions.add(excluded.refId());
				case BRANCH -> compiled.excludedBranches.add(excluded.refId());
			}
		}
		return compiled;
	}

	/** Whether the index knows the branch (one created since it was built is not). */
	public boolean knowsBranch(long branchId) {
		return branchPaths.containsKey(branchId);
	}

	/** How many rollouts the index was built with, rolled back ones included. */
	public int rollouts() {
		return rollouts;
	}

	/** A published overlay the index knows, by id. */
	public Optional<OverlayRule> overlay(long overlayId) {
		return Optional.ofNullable(overlays.get(overlayId));
	}

	/**
	 * What the branch runs for the flow at {@code at}; empty when the flow is unknown or
	 * retired, no version of it applies there yet, or the branch is unknown.
	 */
	public Optional<EffectiveRef> resolve(String flowKey, long branchId, Instant at) {
		FlowEntry flow = flows.get(flowKey);
		long[] path = branchPaths.get(branchId);
		if (flow == null || flow.retired() || path == null) {
			return Optional.empty();
		}
		long t = at.toEpochMilli();
		// the regions on the path, province first, whose overlays of this flow apply here
		RegionOverlays[] varying = new RegionOverlays[path.length];
		int count = 0;
		for (long region : path) {
			RegionOverlays of = flow.overlays().get(region);
			if (of != null && newest(of.all(), branchId, path, t) != null) {
				varying[count++] = of;
			}
		}
		VersionEntry first = null;
		for (VersionEntry version : flow.versions()) {
			if (!version.reach().applies(branchId, path, t)) {
				continue;
			}
			if (first == null) {
				first = version;
			}
			List<Long> laid = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				OverlayEntry on = newest(varying[i].byBase().get(version.id()), branchId, path, t);
				if (on != null) {
					laid.add(on.rule().id());
				}
			}
			if (laid.size() == count) {
				return Optional.of(new EffectiveRef(flowKey, version.id(), version.number(), laid));
			}
		}
		if (first == null) {
			return Optional.empty();
		}
		List<Long> laid = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			OverlayEntry on = newest(varying[i].byBase().get(first.id()), branchId, path, t);
			if (on != null) {
				laid.add(on.rule().id());
			}
		}
		return Optional.of(new EffectiveRef(flowKey, first.id(), first.number(), laid));
	}

	private static OverlayEntry newest(OverlayEntry[] newestFirst, long branchId, long[] path, long at) {
		if (newestFirst == null) {
			return null;
		}
		for (OverlayEntry entry : newestFirst) {
			if (entry.reach().applies(branchId, path, at)) {
				return entry;
			}
		}
		return null;
	}

}
