package com.hallflow.flowdesign;

/**
 * Head office published a version to be rolled out in stages: it applies to no branch
 * until a rollout reaches it (decision 0027). Published within the publishing
 * transaction, right after {@link FlowVersionPublished}; a listener that refuses rolls
 * the publish back.
 */
public record FlowVersionStaged(String key, long versionId, int number) {
}
