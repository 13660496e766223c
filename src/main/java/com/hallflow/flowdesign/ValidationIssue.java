package com.hallflow.flowdesign;

import java.util.List;

/**
 * One finding of the validator. {@code code} names the rule; the message is its
 * translation with {@code args}. {@code stepKey} is the step to show, or null for the
 * flow as a whole; {@code stepTitle} is what people call that step (its title, or "#3"
 * for an untitled third step).
 */
public record ValidationIssue(Severity severity, String stepKey, ValidationCode code, List<String> args,
		String stepTitle) {

	public enum Severity {

		ERROR, WARNING

	}

	public ValidationIssue {
		args = List.copyOf(args);
	}

	public ValidationIssue(Severity severity, String stepKey, ValidationCode code, List<String> args) {
		this(severity, stepKey, code, args, null);
	}

	public ValidationIssue withStepTitle(String title) {
		return new ValidationIssue(severity, stepKey, code, args, title);
	}

	public String messageKey() {
		return code.messageKey();
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
