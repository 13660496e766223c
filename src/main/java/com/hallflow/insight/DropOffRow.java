package com.hallflow.insight;

/** Sessions abandoned at one step of a flow. */
public record DropOffRow(String flowKey, String flowName, String step, String stepTitle, long abandons) {
}
