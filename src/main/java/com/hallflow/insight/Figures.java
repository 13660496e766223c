package com.hallflow.insight;

/**
 * Service figures of one group (a flow, a province, a branch, a clerk or a day): ended
 * sessions, how many completed and were abandoned, handle time of the completed ones
 * (average and p90, the p90 to the 30-second bucket), how many ran over the flow's
 * target, and how many were compliant (completed with every checklist item on the final
 * path ticked).
 */
public record Figures(String key, String label, long sessions, long completed, long abandoned, long handleMillis,
		long overTarget, long compliant, Integer p90Seconds) {

	public Double completionRate() {
		return sessions == 0 ? null : (double) completed / sessions;
	}

	public Double averageSeconds() {
		return completed == 0 ? null : handleMillis / 1000.0 / completed;
	}

	public Double abandonRate() {
		return sessions == 0 ? null : (double) abandoned / sessions;
	}

	public Double complianceRate() {
		return completed == 0 ? null : (double) compliant / completed;
	}

	public Double overTargetRate() {
		return completed == 0 ? null : (double) overTarget / completed;
	}
}
