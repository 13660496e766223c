package com.hallflow.base;

import java.time.Instant;

public record AuditEntry(Instant occurredAt, String actor, AuditAction action, String target, String detail) {
}
