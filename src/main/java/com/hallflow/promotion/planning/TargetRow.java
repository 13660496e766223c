package com.hallflow.promotion.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One row of a rollout's target table ({@code rollout_target},
 * {@code flow_rollout_target}): a stage's reach, or (stage 0, excluded) an exclusion.
 * {@link StagePlan} writes and reads them.
 */
@Embeddable
public record TargetRow(@Column(name = "stage_no") int stageNo, @Column(name = "starts_at") Instant startsAt,
		@Column(name = "kind", length = 8) String kind, @Column(name = "ref_id") Long refId,
		@Column(name = "excluded") boolean excluded) {
}
