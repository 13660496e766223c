package com.hallflow.base.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AuditEventRepository
		extends JpaRepository<AuditEventEntity, Long>, JpaSpecificationExecutor<AuditEventEntity> {

	@Query("select distinct e.action from AuditEventEntity e order by e.action")
	List<String> actions();

	List<AuditEventEntity> findAllByOrderByIdDesc(Pageable page);

}
