package com.hallflow.base.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEventEntity, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<AuditEventEntity> {

    @org.springframework.data.jpa.repository.Query("select distinct e.action from AuditEventEntity e order by e.action")
    List<String> actions();

    List<AuditEventEntity> findAllByOrderByIdDesc(Pageable page);
}
