package com.hallflow.base;

import java.time.Instant;
import java.util.List;

/**
 * Audit entries from–to (instants, either open), by actor or target text, and action.
 *
 * @param standsFor what the text stands for in the records, also looked for in the actor
 * and the target: the keys of the flows and the usernames of the people whose names
 * contain it (entries record a flow by its key and a person by their username, which the
 * log shows as names)
 */
public record AuditFilter(Instant from, Instant to, String text, AuditAction action, List<String> standsFor) {

	public AuditFilter {
		standsFor = standsFor == null ? List.of() : List.copyOf(standsFor);
	}

	public AuditFilter(Instant from, Instant to, String text, AuditAction action) {
		this(from, to, text, action, List.of());
	}

	public static AuditFilter any() {
		return new AuditFilter(null, null, null, null);
	}
}
