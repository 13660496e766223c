package com.hallflow.flowexecution;

import java.util.List;

/**
 * The answer to a submission: the session now (moved on, or unchanged), and why it was
 * refused, by field; {@code movedElsewhere} says the step had already been answered, e.g.
 * in a second tab, so the screen should show the session as it now stands.
 */
public record SubmitResult(RunningSession session, List<FieldError> errors, boolean movedElsewhere) {

	public SubmitResult {
		errors = List.copyOf(errors);
	}

	public boolean accepted() {
		return errors.isEmpty() && !movedElsewhere;
	}
}
