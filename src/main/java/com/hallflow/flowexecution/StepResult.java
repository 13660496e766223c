package com.hallflow.flowexecution;

import java.util.List;

/** The engine's answer: the run moved on, or the submission was refused with reasons. */
public sealed interface StepResult {

    record Moved(RunState state) implements StepResult {
    }

    /** @param errors by field: an input key, {@code checklist:<index>} or {@code step} */
    record Refused(List<FieldError> errors) implements StepResult {
        public Refused {
            errors = List.copyOf(errors);
        }
    }

    record FieldError(String field, String messageKey) {
    }
}
