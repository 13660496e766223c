package com.hallflow.bench;

import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowJson;
import com.hallflow.flowdesign.PublishedVersion;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionTree;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.variant.EffectiveIndex;
import com.hallflow.variant.EffectiveRef;
import com.hallflow.variant.FlowOverlay;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayMerge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Region variants at national scale, in memory (no database, no HTTP): the effective-flow
 * index over 20,000 branches in 300 regions (30 provinces, 270 cities), the 7 standard
 * flows with 5 versions each, overlays at 30 provinces and 100 cities of every flow (two
 * or three versions each) and 200 staged rollouts (of head-office versions and of
 * overlays; some paused, some rolled back), measured by warm lookups of random (flow,
 * branch, instant); then {@link OverlayMerge} composing a 300-step flow with a province's
 * and a city's overlay of about 20 changes each; then laying all 130 regions' overlays of
 * all 7 standard flows on a new head-office version with {@link OverlayMerge#apply}, in
 * memory (what the rebase after a publish computes, without reading or writing a row).
 * RESULT index_build_ms, effective_p50_us, effective_p99_us, merge_300_ms, rebase_all_s;
 * then the same rebase as the application does it on MariaDB
 * ({@link VariantsOnDatabase}): rebase_all_db_s, rebased_overlays, overlay_publish_ms.
 */
final class VariantsBenchmark {

	static final int PROVINCES = 30;
	static final int CITIES = 270;
	static final int BRANCHES = 20_000;
	static final int VERSIONS = 5;
	static final int VARIED_CITIES = 100;
	static final int ROLLOUTS = 200;
	static final int LOOKUPS = 200_000;
	static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");

	private final Random random = new Random(20_270_301L);

	private long nextId = 1;

	void run() throws Exception {
		List<String> flows = StandardFlows.keys();
		List<RegionNode> regions = new ArrayList<>();
		for (long p = 1; p <= PROVINCES; p++) {
			regions.add(new RegionNode(p, 0, "P" + p, "省" + p, null));
		}
		for (long c = 0; c < CITIES; c++) {
			regions.add(new RegionNode(1000 + c, 0, "C" + c, "市" + c, 1 + c % PROVINCES));
		}
		Map<Long, Long> branchRegions = new HashMap<>();
		for (long b = 1; b <= BRANCHES; b++) {
			branchRegions.put(b, 1000 + b % CITIES);
		}
		List<PublishedVersion> versions = new ArrayList<>();
		List<EffectiveIndex.OverlayRule> overlays = new ArrayList<>();
		List<FlowRollout> rollouts = new ArrayList<>();
		for (String flow : flows) {
			long[] ids = new long[VERSIONS + 1];
			for (int n = 1; n <= VERSIONS; n++) {
				ids[n] = nextId++;
				versions
					.add(new PublishedVersion(flow, flow, false, ids[n], n, NOW.minus(Duration.ofDays(60 - 10L * n))));
			}
			rollouts.add(rollout(flow, FlowRollout.Subject.VERSION, ids[VERSIONS], null));
			List<Long> varied = new ArrayList<>();
			for (long p = 1; p <= PROVINCES; p++) {
				varied.add(p);
			}
			for (long c = 0; c < VARIED_CITIES; c++) {
				varied.add(1000 + c);
			}
			for (long region : varied) {
				int number = 0;
				for (int on = 3; on <= VERSIONS; on++) {
					if (on == VERSIONS && random.nextBoolean()) {
						continue; // this region's rebase onto the newest version
									// conflicted
					}
					long id = nextId++;
					overlays.add(new EffectiveIndex.OverlayRule(id, flow, region, ++number, ids[on],
							NOW.minus(Duration.ofDays(60 - 10L * on - 1))));
				}
			}
		}
		while (rollouts.size() < ROLLOUTS) {
			EffectiveIndex.OverlayRule staged = overlays.get(random.nextInt(overlays.size()));
			rollouts.add(rollout(staged.flowKey(), FlowRollout.Subject.OVERLAY, staged.id(), staged.regionId()));
		}
		RegionTree tree = RegionTree.of(regions);

		List<Double> builds = new ArrayList<>();
		EffectiveIndex index = null;
		for (int i = 0; i < 7; i++) {
			long t = System.nanoTime();
			index = EffectiveIndex.build(versions, overlays, rollouts, tree, branchRegions);
			builds.add((System.nanoTime() - t) / 1e6);
		}
		String[] keys = new String[LOOKUPS];
		long[] branches = new long[LOOKUPS];
		Instant[] ats = new Instant[LOOKUPS];
		for (int i = 0; i < LOOKUPS; i++) {
			keys[i] = flows.get(random.nextInt(flows.size()));
			branches[i] = 1 + random.nextInt(BRANCHES);
			ats[i] = NOW.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 40) - 60 * 24 * 10L));
		}
		long sink = 0;
		for (int round = 0; round < 5; round++) {
			for (int i = 0; i < LOOKUPS; i++) {
				sink += index.resolve(keys[i], branches[i], ats[i]).map(EffectiveRef::versionNumber).orElse(0);
			}
		}
		double[] micros = new double[LOOKUPS];
		int varied = 0;
		for (int i = 0; i < LOOKUPS; i++) {
			long t = System.nanoTime();
			Optional<EffectiveRef> ref = index.resolve(keys[i], branches[i], ats[i]);
			micros[i] = (System.nanoTime() - t) / 1e3;
			varied += ref.map(r -> r.varied() ? 1 : 0).orElse(0);
		}
		Arrays.sort(micros);

		double merge = mergeOf300Steps();
		double rebase = rebaseAll(flows);
		System.out.printf(
				"%d branches, %d regions, %d versions, %d overlays, %d rollouts; %.1f %% of lookups with an overlay"
						+ " (checksum %d)%n",
				BRANCHES, regions.size(), versions.size(), overlays.size(), rollouts.size(), 100.0 * varied / LOOKUPS,
				sink);
		System.out.printf("RESULT index_build_ms=%.1f%n", BenchSupport.percentile(builds.subList(2, 7), 0.5));
		System.out.printf("RESULT effective_p50_us=%.2f%n", micros[LOOKUPS / 2]);
		System.out.printf("RESULT effective_p99_us=%.2f%n", micros[(int) (LOOKUPS * 0.99)]);
		System.out.printf("RESULT merge_300_ms=%.2f%n", merge);
		System.out.printf("RESULT rebase_all_s=%.3f%n", rebase);
		VariantsOnDatabase.Result onDatabase = new VariantsOnDatabase().run();
		System.out.printf("RESULT rebase_all_db_s=%.2f%n", onDatabase.rebaseAllSeconds());
		System.out.printf("RESULT rebased_overlays=%d%n", onDatabase.rebased());
		System.out.printf("RESULT overlay_publish_ms=%.1f%n", onDatabase.overlayPublishMs());
	}

	/**
	 * A rollout with a pilot branch, then a region, then (for some) the network; a tenth
	 * paused, a tenth rolled back. An overlay's rollout stays in its region.
	 */
	private FlowRollout rollout(String flow, FlowRollout.Subject subject, long subjectId, Long region) {
		long pilot = 1 + random.nextInt(BRANCHES);
		long reach = region != null ? region : 1 + random.nextInt(PROVINCES);
		List<Stage> stages = new ArrayList<>();
		stages.add(new Stage(NOW.minus(Duration.ofDays(random.nextInt(10))), List.of(RolloutTarget.branch(pilot))));
		stages.add(new Stage(NOW.plus(Duration.ofDays(1 + random.nextInt(10))), List.of(RolloutTarget.region(reach))));
		if (random.nextBoolean()) {
			stages.add(new Stage(NOW.plus(Duration.ofDays(20)), List.of(RolloutTarget.NETWORK)));
		}
		int fate = random.nextInt(10);
		return new FlowRollout(nextId++, 0, flow, subject, subjectId, 1, region, fate == 0, fate == 0 ? NOW : null,
				fate == 1, fate == 1 ? NOW : null, stages,
				random.nextInt(4) == 0 ? List.of(RolloutTarget.branch(1 + random.nextInt(BRANCHES))) : List.of(), "hq",
				NOW);
	}

	/** Median of 50 compositions of a 300-step flow with two overlays of ~20 changes. */
	private double mergeOf300Steps() {
		List<StepDefinition> steps = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			steps.add(StepDefinition.of("s" + i, "步骤 " + i, "第 " + i + " 步的话术，请核对。")
				.withRegionalMarks(i % 50 == 0, i % 7 == 3, i % 10 == 5));
		}
		FlowDocument hq = new FlowDocument(FlowDocument.CURRENT_FORMAT, "BIG", "三百步", null, null, null, null, steps);
		FlowOverlay province = overlay("BIG", "P1", 0, steps);
		FlowOverlay city = overlay("BIG", "C1", 1, steps);
		List<Double> runs = new ArrayList<>();
		int problems = 0;
		for (int i = 0; i < 60; i++) {
			long t = System.nanoTime();
			OverlayMerge.Composed composed = OverlayMerge.compose(hq, List.of(province, city));
			if (i >= 10) {
				runs.add((System.nanoTime() - t) / 1e6);
			}
			problems = composed.problems().size();
		}
		System.out.printf("300-step merge: %d changes left out of %d%n", problems,
				province.changes().size() + city.changes().size());
		return BenchSupport.percentile(runs, 0.5);
	}

	/**
	 * About 20 changes: inserts before open steps, appends, items, replaced scripts,
	 * hides.
	 */
	private static FlowOverlay overlay(String flow, String region, int offset, List<StepDefinition> steps) {
		List<OverlayChange> changes = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			int at = 5 + 10 * (i * 2 + offset);
			changes.add(OverlayChange.insertBefore("s" + at,
					StepDefinition.of(region.toLowerCase() + "-ins-" + i, region + " 插入 " + i, "地方话术。")));
		}
		for (int i = 0; i < 6; i++) {
			changes.add(OverlayChange.appendScript("s" + (11 * i + offset + 1), region + " 补充说明。"));
		}
		for (int i = 0; i < 5; i++) {
			changes.add(OverlayChange.addChecklistItem("s" + (13 * i + offset + 2), region + " 核对项 " + i, i % 2 == 0));
		}
		for (int i = 0; i < 3; i++) {
			int at = 17 * i + offset + 40;
			changes.add(OverlayChange.replaceScript("s" + at, region + " 的话术。", steps.get(at).script()));
		}
		for (int i = 0; i < 2; i++) {
			changes.add(OverlayChange.hideStep("s" + (7 * (i * 2 + offset) + 3)));
		}
		return new FlowOverlay(FlowOverlay.CURRENT_FORMAT, flow, region, 1, changes);
	}

	/**
	 * Seconds to lay 130 regions' overlays of every standard flow (~20 changes each, on
	 * the flow's own steps) on a new version of it; the median of three rounds.
	 */
	private double rebaseAll(List<String> flows) {
		Map<String, FlowDocument> next = new HashMap<>();
		Map<String, List<FlowOverlay>> byFlow = new HashMap<>();
		for (String key : flows) {
			FlowDocument current = FlowJson.readStored(StandardFlows.document(key));
			List<StepDefinition> changed = new ArrayList<>(current.steps());
			StepDefinition first = changed.get(0);
			changed.set(0, first.withScript(null, first.script() + " 新版本的话术。"));
			next.put(key, current.withSteps(changed));
			List<FlowOverlay> overlays = new ArrayList<>();
			for (int r = 0; r < PROVINCES + VARIED_CITIES; r++) {
				List<OverlayChange> changes = new ArrayList<>();
				for (int i = 0; i < 20; i++) {
					StepDefinition step = current.steps().get(random.nextInt(current.steps().size()));
					changes.add(i % 2 == 0 ? OverlayChange.appendScript(step.key(), "地区 " + r + " 的补充。")
							: OverlayChange.addChecklistItem(step.key(), "地区 " + r + " 的核对项 " + i, false));
				}
				overlays.add(new FlowOverlay(FlowOverlay.CURRENT_FORMAT, key, "R" + r, 1, changes));
			}
			byFlow.put(key, overlays);
		}
		List<Double> rounds = new ArrayList<>();
		long applied = 0;
		for (int round = 0; round < 4; round++) {
			long t = System.nanoTime();
			for (String key : flows) {
				FlowDocument base = next.get(key);
				for (FlowOverlay overlay : byFlow.get(key)) {
					applied += OverlayMerge.apply(base, overlay.onBase(2)).touched().size();
				}
			}
			if (round > 0) {
				rounds.add((System.nanoTime() - t) / 1e9);
			}
		}
		System.out.printf("rebase: %d overlays a round, %d changes applied in all%n",
				flows.size() * (PROVINCES + VARIED_CITIES), applied);
		return BenchSupport.percentile(rounds, 0.5);
	}

}
