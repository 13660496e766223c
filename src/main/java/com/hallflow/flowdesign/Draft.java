package com.hallflow.flowdesign;

import java.time.Instant;

/**
 * The one draft of a template, with the lock version its editor must send back on save.
 */
public record Draft(long id, String key, long lockVersion, FlowDocument document, String updatedBy, Instant updatedAt) {

	/**
	 * Changes with every save, and differs between a draft and the next one after a
	 * publish (whose lock version starts again): the API's ETag.
	 */
	public String revision() {
		return id + "." + lockVersion;
	}

}
