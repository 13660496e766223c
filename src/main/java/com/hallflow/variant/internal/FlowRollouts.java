package com.hallflow.variant.internal;

import com.hallflow.promotion.planning.StagePlan;
import com.hallflow.variant.FlowRollout;

/** Rollout rows as the API's records. */
public final class FlowRollouts {

	private FlowRollouts() {
	}

	public static FlowRollout view(FlowRolloutEntity e) {
		StagePlan plan = StagePlan.of(e.getTargets());
		return new FlowRollout(e.getId(), e.getLockVersion(), e.getFlowKey(),
				FlowRollout.Subject.valueOf(e.getSubjectKind()), e.getSubjectId(), e.getSubjectNumber(),
				e.getRegionId(), e.isPaused(), e.getPausedAt(), e.isRolledBack(), e.getRolledBackAt(), plan.stages(),
				plan.exclusions(), e.getUpdatedBy(), e.getUpdatedAt());
	}

}
