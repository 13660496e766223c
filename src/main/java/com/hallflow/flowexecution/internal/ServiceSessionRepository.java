package com.hallflow.flowexecution.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ServiceSessionRepository extends JpaRepository<ServiceSessionEntity, Long>,
        JpaSpecificationExecutor<ServiceSessionEntity> {

    Optional<ServiceSessionEntity> findByPublicId(String publicId);

    List<ServiceSessionEntity> findByClerkIdAndStatusOrderByStartedAtDesc(long clerkId,
                                                                          ServiceSessionEntity.Status status);
}
