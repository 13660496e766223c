package com.hallflow.promotion.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PackageRepository extends JpaRepository<PackageEntity, Long> {

	Optional<PackageEntity> findByCode(String code);

	List<PackageEntity> findAllByOrderByCodeAsc();

}
