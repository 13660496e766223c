package com.hallflow.flowexecution.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ServiceSessionRepository
		extends JpaRepository<ServiceSessionEntity, Long>, JpaSpecificationExecutor<ServiceSessionEntity> {

	Optional<ServiceSessionEntity> findByPublicId(String publicId);

	List<ServiceSessionEntity> findByClerkIdAndStatusOrderByStartedAtDesc(long clerkId,
			ServiceSessionEntity.Status status);

	/**
	 * How many customers each flow served at a branch since an instant (practice not
	 * counted): the counter puts the most used first.
	 */
	@Query("""
			select s.flowKey as flowKey, count(s) as served from ServiceSessionEntity s
			where s.branchId = :branchId and s.startedAt >= :since and s.practice = false
			group by s.flowKey""")
	List<FlowUse> usage(long branchId, Instant since);

	/** One flow's count of customers served. */
	interface FlowUse {

		String getFlowKey();

		long getServed();

	}

	/*
	 * The two writes of every step are plain SQL: Hibernate translates a JPQL update anew
	 * on each execution, which cost more than the statement itself on the counter's hot
	 * path.
	 */

	/**
	 * Moves a running session on, only if it still stands at {@code expected}; 0 rows
	 * means it moved elsewhere.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			update service_session set sequence = :next, current_step = :step, step_entered_at = :at,
			  id_number_hash = coalesce(id_number_hash, :idHash), lock_version = lock_version + 1
			where id = :id and sequence = :expected and status = 'IN_PROGRESS'""")
	int advance(long id, int expected, int next, String step, Instant at, String idHash);

	/** Ends a running session, only if it still stands at {@code expected}. */
	@Modifying
	@Query(nativeQuery = true, value = """
			update service_session set sequence = :next, status = 'ENDED', outcome = :outcome,
			  receipt_no = :receipt, ended_at = :at, step_entered_at = :at, current_step = null,
			  id_number_hash = coalesce(id_number_hash, :idHash), lock_version = lock_version + 1
			where id = :id and sequence = :expected and status = 'IN_PROGRESS'""")
	int end(long id, int expected, int next, String outcome, String receipt, Instant at, String idHash);

}
