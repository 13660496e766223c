package com.hallflow.flowdesign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Something the clerk ticks off; a mandatory item blocks going on until it is ticked. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "text", "mandatory" })
public record ChecklistItem(String text, boolean mandatory) {
}
