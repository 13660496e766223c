package com.hallflow.flowexecution.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StepSignatureRepository extends JpaRepository<StepSignatureEntity, Long> {

	List<StepSignatureEntity> findBySessionIdOrderBySequenceAscIdAsc(long sessionId);

}
