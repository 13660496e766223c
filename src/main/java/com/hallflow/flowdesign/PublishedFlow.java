package com.hallflow.flowdesign;

/** One published version as the counter runs it; a session pins {@code versionId}. */
public record PublishedFlow(long versionId, String key, int number, FlowDocument document) {
}
