package com.hallflow.base;

import java.time.Instant;

public record AuditEntry(Instant occurredAt, String actor, String action, String target, String detail) {
}
