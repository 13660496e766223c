/**
 * Region variants of head office's flows and the staged rollout of flow versions: a
 * region's overlay on a published version (what it inserts, replaces, adds and hides,
 * never touching what head office locked), the effective flow of a branch, and which
 * version each branch runs while a new one is piloted.
 */
package com.hallflow.variant;
