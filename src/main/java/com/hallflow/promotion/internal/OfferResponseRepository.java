package com.hallflow.promotion.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferResponseRepository extends JpaRepository<OfferResponseEntity, Long> {

    List<OfferResponseEntity> findBySessionIdOrderByStepSequenceAscIdAsc(String sessionId);
}
