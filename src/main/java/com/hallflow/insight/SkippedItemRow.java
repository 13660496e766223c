package com.hallflow.insight;

/** How often a clerk left a checklist item unticked on completed sessions. */
public record SkippedItemRow(long clerkId, String clerkName, String flowKey, String flowName, String stepKey,
		String itemText, long skipped) {
}
