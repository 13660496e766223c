package com.hallflow.flowexecution.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ServiceSessionRepository extends JpaRepository<ServiceSessionEntity, Long>,
        JpaSpecificationExecutor<ServiceSessionEntity> {

    Optional<ServiceSessionEntity> findByPublicId(String publicId);

    List<ServiceSessionEntity> findByClerkIdAndStatusOrderByStartedAtDesc(long clerkId,
                                                                          ServiceSessionEntity.Status status);

    /** Moves a running session on, only if it still stands at {@code expected}; 0 rows means it moved elsewhere. */
    @Modifying
    @Query("""
            update ServiceSessionEntity s set s.sequence = :next, s.currentStep = :step, s.stepEnteredAt = :at,
              s.idNumberHash = coalesce(s.idNumberHash, :idHash), s.lockVersion = s.lockVersion + 1
            where s.id = :id and s.sequence = :expected and s.status = :running""")
    int advance(long id, int expected, int next, String step, Instant at, String idHash,
                ServiceSessionEntity.Status running);

    /** Ends a running session, only if it still stands at {@code expected}. */
    @Modifying
    @Query("""
            update ServiceSessionEntity s set s.sequence = :next, s.status = :ended, s.outcome = :outcome,
              s.receiptNo = :receipt, s.endedAt = :at, s.stepEnteredAt = :at, s.currentStep = null,
              s.idNumberHash = coalesce(s.idNumberHash, :idHash), s.lockVersion = s.lockVersion + 1
            where s.id = :id and s.sequence = :expected and s.status = :running""")
    int end(long id, int expected, int next, String outcome, String receipt, Instant at, String idHash,
            ServiceSessionEntity.Status running, ServiceSessionEntity.Status ended);
}
