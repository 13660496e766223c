package com.hallflow.flowexecution.internal;

/**
 * Published inside a transaction that ends a counted session; wakes the relay of ended
 * sessions once it commits.
 */
public record EndCommitting() {
}
