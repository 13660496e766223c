package com.hallflow.flowexecution.engine;

import com.hallflow.flowdesign.Target;
import com.hallflow.flowexecution.FieldError;
import java.util.List;

/** The engine's answer: the run moved on, or the submission was refused with reasons. */
public sealed interface StepResult {

	/**
	 * @param taken where the step led (the decision's target, or the next step in order),
	 * which the session stores so a replay follows it; null when the run went back
	 * @param calledVersionId the version of the flow {@code taken} called, else null
	 */
	record Moved(RunState state, Target taken, Long calledVersionId) implements StepResult {
	}

	/**
	 * @param errors by field: an input key, {@code checklist:<index>} or {@code step}
	 */
	record Refused(List<FieldError> errors) implements StepResult {
		public Refused {
			errors = List.copyOf(errors);
		}
	}

}
