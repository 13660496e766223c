package com.hallflow.flowdesign;

import java.time.Instant;

/**
 * The one draft of a template, with the lock version its editor must send back on save.
 */
public record Draft(String key, long lockVersion, FlowDocument document, String updatedBy, Instant updatedAt) {
}
