package com.hallflow.flowdesign.internal;

/** A version named by its id and number, without its definition. */
public record VersionRef(long id, int number) {
}
