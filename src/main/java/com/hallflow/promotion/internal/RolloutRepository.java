package com.hallflow.promotion.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RolloutRepository extends JpaRepository<RolloutEntity, Long> {

	List<RolloutEntity> findAllByOrderByIdAsc();

	List<RolloutEntity> findByPackageId(long packageId);

}
