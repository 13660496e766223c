package com.hallflow.flowexecution;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the clerk sends for the step numbered {@code sequence}: values by input key, ticked
 * checklist indexes and the signatures captured on this step.
 */
public record StepSubmission(int sequence, Map<String, String> values, Set<Integer> checked,
                             List<SignatureCapture> signatures) {

    public StepSubmission {
        values = Map.copyOf(values);
        checked = Set.copyOf(checked);
        signatures = List.copyOf(signatures);
    }

    public static StepSubmission of(int sequence, Map<String, String> values, Integer... checked) {
        return new StepSubmission(sequence, values, Set.of(checked), List.of());
    }
}
