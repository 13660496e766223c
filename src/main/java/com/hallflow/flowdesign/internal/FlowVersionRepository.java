package com.hallflow.flowdesign.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FlowVersionRepository extends JpaRepository<FlowVersionEntity, Long> {

	Optional<FlowVersionEntity> findByTemplateIdAndStatus(Long templateId, FlowVersionEntity.Status status);

	Optional<FlowVersionEntity> findByTemplateIdAndNumber(Long templateId, Integer number);

	List<FlowVersionEntity> findByTemplateIdAndNumberNotNullOrderByNumberDesc(Long templateId);

	@Query("select coalesce(max(v.number), 0) from FlowVersionEntity v where v.templateId = :templateId")
	int maxNumber(Long templateId);

	/** The newest published version of every template. */
	@Query("""
			select v from FlowVersionEntity v where v.status = 'PUBLISHED' and v.number = (
			  select max(w.number) from FlowVersionEntity w where w.templateId = v.templateId and w.status = 'PUBLISHED')
			""")
	List<FlowVersionEntity> findLatestPublished();

	List<FlowVersionEntity> findByStatus(FlowVersionEntity.Status status);

	/** The newest published number of each template, without loading any definition. */
	@Query("""
			select new com.hallflow.flowdesign.internal.LatestNumber(v.templateId, max(v.number))
			from FlowVersionEntity v where v.status = 'PUBLISHED' group by v.templateId
			""")
	List<LatestNumber> latestPublishedNumbers();

	/**
	 * The published versions of a template that are in effect at {@code now}, newest
	 * first, as (id, number) only: choosing the current version reads no definition.
	 */
	@Query("""
			select new com.hallflow.flowdesign.internal.VersionRef(v.id, v.number) from FlowVersionEntity v
			where v.templateId = :templateId and v.status = 'PUBLISHED'
			  and (v.effectiveFrom is null or v.effectiveFrom <= :now)
			order by v.number desc""")
	List<VersionRef> publishedInEffect(Long templateId, Instant now, Pageable page);

	/**
	 * The published versions of a template newest first, also those that take effect
	 * later, as (id, number) only.
	 */
	@Query("""
			select new com.hallflow.flowdesign.internal.VersionRef(v.id, v.number) from FlowVersionEntity v
			where v.templateId = :templateId and v.status = 'PUBLISHED'
			order by v.number desc""")
	List<VersionRef> publishedNewestFirst(Long templateId, Pageable page);

	/**
	 * Published versions that take effect after {@code now}, soonest first: what a
	 * scheduled publish is waiting for.
	 */
	@Query("""
			select v from FlowVersionEntity v where v.status = 'PUBLISHED' and v.effectiveFrom > :now
			order by v.effectiveFrom asc, v.templateId asc""")
	List<FlowVersionEntity> scheduledAfter(Instant now);

	/**
	 * Every published version's id, template, number and start, without definitions: what
	 * the effective-flow index is built from.
	 */
	@Query("""
			select new com.hallflow.flowdesign.internal.VersionTimes(v.id, v.templateId, v.number, v.effectiveFrom)
			from FlowVersionEntity v where v.status <> 'DRAFT' and v.number is not null""")
	List<VersionTimes> publishedTimes();

	@Query("select v.templateId from FlowVersionEntity v where v.status = 'DRAFT'")
	Set<Long> templatesWithDraft();

}
