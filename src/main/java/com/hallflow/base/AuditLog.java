package com.hallflow.base;

import com.hallflow.base.internal.AuditEventEntity;
import com.hallflow.base.internal.AuditEventRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only trail of security-relevant and administrative actions. Callers write plain
 * facts; personal data must already be masked.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;
    /** The detail column's width. */
    static final int DETAIL_LIMIT = 1000;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Joins the caller's transaction so that an action and its audit entry commit together. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String target, String detail) {
        String kept = detail != null && detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT - 1) + "…"
                : detail;
        events.save(new AuditEventEntity(clock.instant(), actor, action, target, kept));
    }

    /**
     * Entries matching the filter, newest first: head office only. The log has no way to change
     * or remove an entry; this service only appends and reads.
     */
    @Transactional(readOnly = true)
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('HQ_ADMIN')")
    public List<AuditEntry> search(AuditFilter filter, org.springframework.data.domain.Pageable page) {
        return events.findAll(matching(filter), org.springframework.data.domain.PageRequest.of(page.getPageNumber(),
                        page.getPageSize(), org.springframework.data.domain.Sort.by("id").descending()))
                .stream().map(AuditLog::entry).toList();
    }

    @Transactional(readOnly = true)
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('HQ_ADMIN')")
    public long count(AuditFilter filter) {
        return events.count(matching(filter));
    }

    /** The kinds of action recorded so far, for the audit view's filter. */
    @Transactional(readOnly = true)
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('HQ_ADMIN')")
    public List<String> actions() {
        return events.actions();
    }

    private static org.springframework.data.jpa.domain.Specification<AuditEventEntity> matching(AuditFilter f) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>();
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), f.to()));
            }
            if (f.action() != null) {
                where.add(cb.equal(root.get("action"), f.action()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().trim().toLowerCase(java.util.Locale.ROOT) + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("actor")), like),
                        cb.like(cb.lower(cb.coalesce(root.get("target"), "")), like)));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private static AuditEntry entry(AuditEventEntity e) {
        return new AuditEntry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getTarget(), e.getDetail());
    }

    /** The newest entries first, e.g. for tests and the audit view. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int count) {
        return events.findAllByOrderByIdDesc(PageRequest.of(0, count)).stream()
                .map(e -> new AuditEntry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getTarget(), e.getDetail()))
                .toList();
    }
}
