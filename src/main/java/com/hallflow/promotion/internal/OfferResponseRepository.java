package com.hallflow.promotion.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OfferResponseRepository extends JpaRepository<OfferResponseEntity, Long> {

	List<OfferResponseEntity> findBySessionIdOrderByStepSequenceAscIdAsc(String sessionId);

	List<OfferResponseEntity> findBySessionIdInOrderByStepSequenceAscIdAsc(Collection<String> sessionIds);

	/**
	 * Rows of (rollout id, outcome, count) for a branch's real (not practice) answers.
	 */
	@Query("""
			select r.rolloutId, r.outcome, count(r) from OfferResponseEntity r
			where r.branchId = :branch and r.practice = false group by r.rolloutId, r.outcome""")
	List<Object[]> countByRolloutAndOutcome(@Param("branch") long branchId);

}
