package com.hallflow.flowdesign.internal;

/** A template's newest published version number. */
public record LatestNumber(Long templateId, Integer number) {
}
