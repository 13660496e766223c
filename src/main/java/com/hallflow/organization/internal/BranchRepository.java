package com.hallflow.organization.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BranchRepository extends JpaRepository<Branch, Long> {

	boolean existsByCode(String code);

	boolean existsByRegionId(Long regionId);

	@Query("""
			select b from Branch b
			where (:text is null or lower(b.code) like :text or lower(b.name) like :text
			       or lower(b.address) like :text)
			  and (:anyRegion = true or b.regionId in :regionIds)
			  and (:open is null or b.open = :open)
			  and (:onlyId is null or b.id = :onlyId)
			""")
	Page<Branch> search(@Param("text") String text, @Param("anyRegion") boolean anyRegion,
			@Param("regionIds") Collection<Long> regionIds, @Param("open") Boolean open, @Param("onlyId") Long onlyId,
			Pageable pageable);

	List<Branch> findAllByOrderByCodeAsc();

}
