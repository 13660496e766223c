package com.hallflow.flowdesign.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DraftTrialRepository extends JpaRepository<DraftTrialEntity, Long> {

	@Query("select t.pathHash from DraftTrialEntity t where t.templateId = :templateId")
	List<String> pathHashes(Long templateId);

	boolean existsByTemplateIdAndPathHash(Long templateId, String pathHash);

	@Modifying
	@Query("delete from DraftTrialEntity t where t.templateId = :templateId")
	int deleteByTemplate(Long templateId);

}
