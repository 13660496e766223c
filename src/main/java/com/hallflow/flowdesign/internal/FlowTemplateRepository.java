package com.hallflow.flowdesign.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FlowTemplateRepository extends JpaRepository<FlowTemplateEntity, Long> {

	Optional<FlowTemplateEntity> findByKey(String key);

	/**
	 * Serialises publishing per template, so version numbers are handed out one at a
	 * time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from FlowTemplateEntity t where t.key = :key")
	Optional<FlowTemplateEntity> lockByKey(String key);

	List<FlowTemplateEntity> findAllByOrderByKeyAsc();

}
