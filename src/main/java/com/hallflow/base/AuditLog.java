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

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Joins the caller's transaction so that an action and its audit entry commit together. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String target, String detail) {
        events.save(new AuditEventEntity(clock.instant(), actor, action, target, detail));
    }

    /** The newest entries first, e.g. for tests and the audit view. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int count) {
        return events.findAllByOrderByIdDesc(PageRequest.of(0, count)).stream()
                .map(e -> new AuditEntry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getTarget(), e.getDetail()))
                .toList();
    }
}
