package com.hallflow.variant.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlowRolloutRepository extends JpaRepository<FlowRolloutEntity, Long> {

	List<FlowRolloutEntity> findAllByOrderByIdAsc();

	List<FlowRolloutEntity> findByFlowKeyOrderByIdAsc(String flowKey);

	List<FlowRolloutEntity> findByRegionIdOrderByIdAsc(Long regionId);

}
