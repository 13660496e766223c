package com.hallflow.flowdesign;

import java.time.Instant;

/** A reusable clerk script from the library. */
public record ScriptSnippet(String key, long lockVersion, String title, String text, String tags, String updatedBy,
		Instant updatedAt) {
}
