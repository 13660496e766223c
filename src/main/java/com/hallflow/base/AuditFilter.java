package com.hallflow.base;

import java.time.Instant;

/** Audit entries from–to (instants, either open), by actor or target text, and action. */
public record AuditFilter(Instant from, Instant to, String text, AuditAction action) {

	public static AuditFilter any() {
		return new AuditFilter(null, null, null, null);
	}
}
