package com.hallflow.flowdesign.internal;

import java.time.Instant;

/** A published version's id, template, number and start, without its definition. */
public record VersionTimes(Long id, Long templateId, Integer number, Instant effectiveFrom) {
}
