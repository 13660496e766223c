package com.hallflow.variant.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FlowOverlayRepository extends JpaRepository<FlowOverlayEntity, Long> {

	Optional<FlowOverlayEntity> findByFlowKeyAndRegionIdAndStatus(String flowKey, Long regionId,
			FlowOverlayEntity.Status status);

	Optional<FlowOverlayEntity> findByFlowKeyAndRegionIdAndNumber(String flowKey, Long regionId, Integer number);

	List<FlowOverlayEntity> findByFlowKeyAndRegionIdAndNumberNotNullOrderByNumberDesc(String flowKey, Long regionId);

	@Query("select coalesce(max(o.number), 0) from FlowOverlayEntity o where o.flowKey = :flowKey and o.regionId = :regionId")
	int maxNumber(String flowKey, Long regionId);

	/** Every region's newest published overlay of the flow: one read for a rebase. */
	@Query("""
			select o from FlowOverlayEntity o where o.flowKey = :flowKey and o.status = 'PUBLISHED' and o.number = (
			  select max(p.number) from FlowOverlayEntity p
			  where p.flowKey = o.flowKey and p.regionId = o.regionId and p.status = 'PUBLISHED')
			""")
	List<FlowOverlayEntity> latestPublished(String flowKey);

	/** The region's newest published overlay of every flow. */
	@Query("""
			select o from FlowOverlayEntity o where o.regionId = :regionId and o.status = 'PUBLISHED' and o.number = (
			  select max(p.number) from FlowOverlayEntity p
			  where p.flowKey = o.flowKey and p.regionId = o.regionId and p.status = 'PUBLISHED')
			""")
	List<FlowOverlayEntity> latestPublishedOfRegion(Long regionId);

	@Query("select o.flowKey from FlowOverlayEntity o where o.regionId = :regionId and o.status = 'DRAFT'")
	List<String> flowsWithDraft(Long regionId);

	@Query("select o.regionId from FlowOverlayEntity o where o.flowKey = :flowKey and o.status = 'DRAFT'")
	List<Long> regionsWithDraft(String flowKey);

}
