package com.hallflow.flowexecution;

import java.util.Map;
import java.util.Set;

/**
 * What the clerk entered on one step: the sequence number of the step it answers, input values
 * by key (yes/no as {@code true}/{@code false}) and the indexes of the ticked checklist items.
 */
public record Submission(int sequence, Map<String, String> values, Set<Integer> checked) {

    public Submission {
        values = Map.copyOf(values);
        checked = Set.copyOf(checked);
    }
}
