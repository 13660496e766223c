package com.hallflow.insight;

import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.insight.VersionComparison.AbandonStep;
import com.hallflow.insight.VersionComparison.Outcome;
import com.hallflow.insight.VersionComparison.Side;
import com.hallflow.insight.VersionComparison.Test;
import com.hallflow.insight.VersionComparison.Verdict;
import com.hallflow.insight.internal.TwoSampleTests;
import com.hallflow.insight.internal.VersionRollupQueries;
import com.hallflow.insight.internal.VersionRollupQueries.SideQuery;
import com.hallflow.insight.internal.VersionRollupQueries.StepAbandons;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.HeadOfficeOrRegion;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a piloted version of a flow does better than the one before
 * (docs/architecture.md §14): the new version's sessions, at the branches that ran it,
 * against the earlier version's at the branches that ran no session of the new one, over
 * the same business days, from the per-version rollups (docs/architecture.md §7, §14).
 * Handle time is compared with Welch's t-test, the rates with the two-proportion z-test,
 * at a significance level of {@value VersionComparison#SIGNIFICANCE}, and not at all with
 * fewer than {@value VersionComparison#MIN_SAMPLE} in the sample on a side. Head office
 * compares over the network, a region admin within their region; a branch manager is
 * refused: one branch has only one side.
 */
@Service
@Transactional(readOnly = true)
@HeadOfficeOrRegion
public class VersionComparisonService {

	/** The steps of the abandon table at most. */
	static final int ABANDON_STEPS = 10;

	/** Matches no region: the scope of a caller whose region is not known. */
	private static final long NO_REGION = -1L;

	private final VersionRollupQueries rollups;

	private final PublishedFlowService flows;

	private final CurrentUser currentUser;

	VersionComparisonService(VersionRollupQueries rollups, PublishedFlowService flows, CurrentUser currentUser) {
		this.rollups = rollups;
		this.flows = flows;
		this.currentUser = currentUser;
	}

	/**
	 * Version {@code newVersion} of the flow against {@code oldVersion} (null: the one
	 * before it) over business days {@code from}–{@code to}.
	 */
	public VersionComparison compare(String flowKey, int newVersion, Integer oldVersion, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw BusinessException.forField("to", "insight.filter.dates");
		}
		PublishedFlow flow = (flowKey == null ? Optional.<PublishedFlow>empty() : flows.current(flowKey))
			.orElseThrow(() -> BusinessException.forField("flow", "insight.versions.flowUnknown"));
		int old = oldVersion == null ? newVersion - 1 : oldVersion;
		if (old < 1 || old >= newVersion) {
			throw BusinessException.forField("previous", "insight.versions.previousBefore");
		}
		Long region = regionScope().orElse(null);
		SideQuery pilot = new SideQuery(flowKey, newVersion, from, to, region, null);
		SideQuery rest = new SideQuery(flowKey, old, from, to, region, newVersion);
		Side newSide = rollups.side(pilot);
		Side oldSide = rollups.side(rest);
		return new VersionComparison(flowKey, flow.document().name(), from, to, newSide, oldSide,
				handleTime(newSide, oldSide),
				rates(newSide.completed(), newSide.sessions(), oldSide.completed(), oldSide.sessions()),
				rates(newSide.compliant(), newSide.completed(), oldSide.compliant(), oldSide.completed()),
				rates(newSide.accepted(), newSide.offered(), oldSide.accepted(), oldSide.offered()),
				abandons(rollups.abandons(pilot), rollups.abandons(rest)));
	}

	/**
	 * Whose branches the comparison counts: empty for head office (the network), else the
	 * caller's region (a branch's caller, refused before this, would match no branch).
	 */
	private Optional<Long> regionScope() {
		if (currentUser.branchScope().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(currentUser.regionId().orElse(NO_REGION));
	}

	static Verdict handleTime(Side pilot, Side rest) {
		long n1 = pilot.completed();
		long n2 = rest.completed();
		Double difference = n1 == 0 || n2 == 0 ? null : pilot.averageSeconds() - rest.averageSeconds();
		if (n1 < VersionComparison.MIN_SAMPLE || n2 < VersionComparison.MIN_SAMPLE) {
			return new Verdict(Test.WELCH_T, Outcome.TOO_FEW, difference, null, n1, n2);
		}
		double p = TwoSampleTests
			.welch(n1, pilot.handleMillis() / 1000.0, pilot.handleSecondsSquared(), n2, rest.handleMillis() / 1000.0,
					rest.handleSecondsSquared())
			.orElseThrow()
			.pValue();
		return new Verdict(Test.WELCH_T, outcome(p), difference, p, n1, n2);
	}

	static Verdict rates(long yes1, long n1, long yes2, long n2) {
		Double difference = n1 == 0 || n2 == 0 ? null : (double) yes1 / n1 - (double) yes2 / n2;
		if (n1 < VersionComparison.MIN_SAMPLE || n2 < VersionComparison.MIN_SAMPLE) {
			return new Verdict(Test.TWO_PROPORTION_Z, Outcome.TOO_FEW, difference, null, n1, n2);
		}
		double p = TwoSampleTests.twoProportions(yes1, n1, yes2, n2).orElseThrow().pValue();
		return new Verdict(Test.TWO_PROPORTION_Z, outcome(p), difference, p, n1, n2);
	}

	private static Outcome outcome(double p) {
		return p < VersionComparison.SIGNIFICANCE ? Outcome.BEYOND_NOISE : Outcome.WITHIN_NOISE;
	}

	/**
	 * Both sides' abandons per step, most in all first, at most {@link #ABANDON_STEPS}.
	 */
	private static List<AbandonStep> abandons(List<StepAbandons> pilot, List<StepAbandons> rest) {
		Map<String, AbandonStep> steps = new LinkedHashMap<>();
		pilot.forEach(s -> steps.put(s.stepKey(), new AbandonStep(s.stepKey(), s.title(), s.abandons(), 0)));
		rest.forEach(s -> steps.merge(s.stepKey(), new AbandonStep(s.stepKey(), s.title(), 0, s.abandons()),
				(a, b) -> new AbandonStep(a.stepKey(), a.title(), a.newAbandons(), b.oldAbandons())));
		return steps.values()
			.stream()
			.sorted(Comparator.comparingLong((AbandonStep s) -> s.newAbandons() + s.oldAbandons())
				.reversed()
				.thenComparing(AbandonStep::stepKey))
			.limit(ABANDON_STEPS)
			.toList();
	}

}
