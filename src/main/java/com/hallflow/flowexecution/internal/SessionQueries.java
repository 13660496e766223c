package com.hallflow.flowexecution.internal;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.flowexecution.RecordFilter;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The record list's filter as a query, always limited to the caller's branch scope. */
@Component
public class SessionQueries {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("startedAt"), Sort.Order.desc("id"));

	private final ServiceSessionRepository sessions;

	SessionQueries(ServiceSessionRepository sessions) {
		this.sessions = sessions;
	}

	public List<ServiceSessionEntity> find(RecordFilter filter, Optional<Long> scope, Pageable page) {
		Pageable sorted = page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST)
				: Pageable.unpaged(NEWEST_FIRST);
		return sessions.findAll(spec(filter, scope), sorted).getContent();
	}

	public long count(RecordFilter filter, Optional<Long> scope) {
		return sessions.count(spec(filter, scope));
	}

	private static Specification<ServiceSessionEntity> spec(RecordFilter filter, Optional<Long> scope) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			Long branch = scope.orElse(filter.branchId());
			if (branch != null) {
				where.add(cb.equal(root.get("branchId"), branch));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("startedAt"),
						filter.from().atStartOfDay(ClockConfiguration.BUSINESS_ZONE).toInstant()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThan(root.get("startedAt"),
						filter.to().plusDays(1).atStartOfDay(ClockConfiguration.BUSINESS_ZONE).toInstant()));
			}
			if (filter.clerk() != null && !filter.clerk().isBlank()) {
				String clerk = filter.clerk().trim();
				where.add(cb.or(cb.equal(root.get("clerkName"), clerk), cb.equal(root.get("clerkDisplayName"), clerk)));
			}
			if (filter.flowKey() != null && !filter.flowKey().isBlank()) {
				where.add(cb.equal(root.get("flowKey"), filter.flowKey()));
			}
			if (filter.outcome() != null && !filter.outcome().isBlank()) {
				switch (filter.outcome()) {
					case "ABANDONED" -> where.add(cb.equal(root.get("status"), ServiceSessionEntity.Status.ABANDONED));
					case "IN_PROGRESS" ->
						where.add(cb.equal(root.get("status"), ServiceSessionEntity.Status.IN_PROGRESS));
					default -> where.add(cb.equal(root.get("outcome"), filter.outcome()));
				}
			}
			if (!filter.includePractice()) {
				where.add(cb.isFalse(root.get("practice")));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
