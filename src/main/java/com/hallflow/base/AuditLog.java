package com.hallflow.base;

import com.hallflow.base.internal.AuditEventEntity;
import com.hallflow.base.internal.AuditEventRepository;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only trail of security-relevant and administrative actions. Callers write plain
 * facts, the detail as {@link AuditDetail} writes it, kept whole; personal data must
 * already be masked.
 */
@Service
public class AuditLog {

	/**
	 * Only head office reads the log. Spelled here rather than with the security module's
	 * annotations because the shared kernel cannot depend on {@code security}; the
	 * service access test pins every reading method to head office.
	 */
	private static final String HEAD_OFFICE = "hasRole('HQ_ADMIN')";

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Joins the caller's transaction so that an action and its audit entry commit
	 * together. Open to every caller: failed sign-ins are recorded before anyone is
	 * signed in.
	 */
	@PreAuthorize("permitAll()")
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, AuditAction action, String target, String detail) {
		events.save(new AuditEventEntity(clock.instant(), actor, action.name(), target, detail));
	}

	/**
	 * Entries matching the filter, newest first: head office only. The log has no way to
	 * change or remove an entry; this service only appends and reads.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(HEAD_OFFICE)
	public List<AuditEntry> search(AuditFilter filter, Pageable page) {
		return events
			.findAll(matching(filter),
					PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("id").descending()))
			.stream()
			.map(AuditLog::entry)
			.toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(HEAD_OFFICE)
	public long count(AuditFilter filter) {
		return events.count(matching(filter));
	}

	/** The kinds of action recorded so far, for the audit view's filter. */
	@Transactional(readOnly = true)
	@PreAuthorize(HEAD_OFFICE)
	public List<AuditAction> actions() {
		return events.actions().stream().map(AuditAction::valueOf).sorted().toList();
	}

	/** The newest entries first, e.g. for tests. */
	@Transactional(readOnly = true)
	@PreAuthorize(HEAD_OFFICE)
	public List<AuditEntry> latest(int count) {
		return events.findAllByOrderByIdDesc(PageRequest.of(0, count)).stream().map(AuditLog::entry).toList();
	}

	private static Specification<AuditEventEntity> matching(AuditFilter f) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (f.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), f.from()));
			}
			if (f.to() != null) {
				where.add(cb.lessThan(root.get("occurredAt"), f.to()));
			}
			if (f.action() != null) {
				where.add(cb.equal(root.get("action"), f.action().name()));
			}
			if (f.text() != null && !f.text().isBlank()) {
				List<Predicate> any = new ArrayList<>();
				for (String term : Stream.concat(Stream.of(f.text().trim()), f.standsFor().stream()).toList()) {
					String like = "%" + term.toLowerCase(Locale.ROOT) + "%";
					any.add(cb.like(cb.lower(root.get("actor")), like));
					any.add(cb.like(cb.lower(cb.coalesce(root.get("target"), "")), like));
				}
				where.add(cb.or(any.toArray(Predicate[]::new)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static AuditEntry entry(AuditEventEntity e) {
		return new AuditEntry(e.getOccurredAt(), e.getActor(), AuditAction.valueOf(e.getAction()), e.getTarget(),
				e.getDetail());
	}

}
