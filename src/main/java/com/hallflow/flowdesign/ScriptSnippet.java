package com.hallflow.flowdesign;

import java.time.Instant;

/**
 * A reusable clerk script from the library. Its text has a step script's limit,
 * {@link FlowTexts#SCRIPT_MOST}.
 */
public record ScriptSnippet(String key, long lockVersion, String title, String text, String tags, String updatedBy,
		Instant updatedAt) {

	public static final int KEY_MOST = 64;

	public static final int TITLE_MOST = 100;

	public static final int TAGS_MOST = 255;

}
