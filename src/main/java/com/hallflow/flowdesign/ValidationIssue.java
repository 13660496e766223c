package com.hallflow.flowdesign;

import java.util.List;

/**
 * One finding of the validator. {@code code} names the rule; the message is its
 * translation with {@code args}. {@code stepKey} is the step to show, or null for the
 * flow as a whole.
 */
public record ValidationIssue(Severity severity, String stepKey, ValidationCode code, List<String> args) {

	public enum Severity {

		ERROR, WARNING

	}

	public ValidationIssue {
		args = List.copyOf(args);
	}

	public String messageKey() {
		return code.messageKey();
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
