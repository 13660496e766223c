package com.hallflow.flowexecution.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StepRecordRepository extends JpaRepository<StepRecordEntity, Long> {

	List<StepRecordEntity> findBySessionIdOrderBySequenceAsc(long sessionId);

	List<StepRecordEntity> findBySessionIdInOrderBySequenceAsc(Collection<Long> sessionIds);

	Optional<StepRecordEntity> findBySessionIdAndSequence(long sessionId, int sequence);

}
