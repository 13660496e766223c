package com.hallflow.security;

/** What security needs to know of a branch: enough to show and to scope by it. */
public record BranchRef(long id, String code, String name, boolean open) {
}
