package com.hallflow.flowdesign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Something the clerk ticks off; a mandatory item blocks going on until it is ticked. A
 * {@code locked} item is head office's: no region's overlay may hide its step.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "text", "mandatory", "locked" })
public record ChecklistItem(String text, boolean mandatory, boolean locked) {

	public ChecklistItem(String text, boolean mandatory) {
		this(text, mandatory, false);
	}

}
