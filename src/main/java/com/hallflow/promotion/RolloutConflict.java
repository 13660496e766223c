package com.hallflow.promotion;

/**
 * Two rollouts of the same package whose schedules overlap and whose reach shares at
 * least one branch: that branch would get the package from either, which is almost always
 * a planning mistake (two quotas, two priorities).
 */
public record RolloutConflict(long rolloutId, long otherRolloutId, String otherName, String packageCode) {
}
