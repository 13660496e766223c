package com.hallflow.insight;

import com.hallflow.base.Translatable;
import java.time.LocalDate;
import java.util.List;

/**
 * A new version of a flow against an earlier one over the same business days: the new
 * version's sessions (the pilot branches) against the earlier version's at the branches
 * that ran no session of the new version in those days (the rest), each measure with its
 * two-sample test.
 *
 * @param handleTime Welch's t-test on the completed sessions' handle time
 * @param completion the two-proportion z-test on the share of sessions completed (the
 * abandon rate is its complement)
 * @param compliance the two-proportion z-test on the share of completed sessions with
 * every checklist item ticked on the final path
 * @param acceptance the two-proportion z-test on offers accepted per offer put to the
 * customer
 * @param abandons where sessions were abandoned, on either side, most abandons first
 */
public record VersionComparison(String flowKey, String flowName, LocalDate from, LocalDate to, Side newSide,
		Side oldSide, Verdict handleTime, Verdict completion, Verdict compliance, Verdict acceptance,
		List<AbandonStep> abandons) {

	/** Below this many in the sample on either side, no verdict is given. */
	public static final int MIN_SAMPLE = 30;

	/** A difference with a p-value below this is called beyond noise. */
	public static final double SIGNIFICANCE = 0.05;

	public VersionComparison {
		abandons = List.copyOf(abandons);
	}

	/**
	 * One version's sums over its branches and the days: sessions, completed and
	 * abandoned ones, the completed ones' handle time (sum in milliseconds, sum of
	 * squares in seconds, p90 to the 30-second bucket), compliant ones and the checklist
	 * items they left, offers put to the customer and accepted.
	 */
	public record Side(int version, long branches, long sessions, long completed, long abandoned, long handleMillis,
			double handleSecondsSquared, Integer p90Seconds, long compliant, long skippedItems, long offered,
			long accepted) {

		public Double averageSeconds() {
			return completed == 0 ? null : handleMillis / 1000.0 / completed;
		}

		public Double completionRate() {
			return sessions == 0 ? null : (double) completed / sessions;
		}

		public Double abandonRate() {
			return sessions == 0 ? null : (double) abandoned / sessions;
		}

		public Double complianceRate() {
			return completed == 0 ? null : (double) compliant / completed;
		}

		/** Checklist items left unticked per completed session. */
		public Double skippedPerSession() {
			return completed == 0 ? null : (double) skippedItems / completed;
		}

		public Double acceptanceRate() {
			return offered == 0 ? null : (double) accepted / offered;
		}

	}

	/**
	 * What a test says about one measure: the difference new minus old (seconds for
	 * handle time, a share of 0–1 for the rates), the p-value (null when too few) and the
	 * sample on each side.
	 */
	public record Verdict(Test test, Outcome outcome, Double difference, Double pValue, long newSample,
			long oldSample) {

	}

	public enum Test implements Translatable {

		/** Welch's unequal-variances t-test, two-sided. */
		WELCH_T,
		/** The pooled two-proportion z-test, two-sided. */
		TWO_PROPORTION_Z;

		/** The test's name as the statements give it. */
		@Override
		public String messageKey() {
			return "insight.versions.test." + name();
		}

	}

	public enum Outcome {

		/** Fewer than {@link #MIN_SAMPLE} on a side. */
		TOO_FEW,
		/** p at or above {@link #SIGNIFICANCE}. */
		WITHIN_NOISE,
		/** p below {@link #SIGNIFICANCE}. */
		BEYOND_NOISE

	}

	/** A step sessions were abandoned at ("flow/step"), its title and the abandons. */
	public record AbandonStep(String stepKey, String title, long newAbandons, long oldAbandons) {
	}

}
