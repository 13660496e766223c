package com.hallflow.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<Region, Long> {

	boolean existsByCode(String code);

	boolean existsByParentId(Long parentId);

	List<Region> findAllByOrderByCodeAsc();

}
