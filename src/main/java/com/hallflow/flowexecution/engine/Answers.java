package com.hallflow.flowexecution.engine;

import java.util.Map;
import java.util.Set;

/**
 * What the engine is given for one step: the sequence number of the step it answers,
 * input values by key (yes/no as {@code true}/{@code false}, a signature as
 * {@code PAD}/{@code PAPER}) and the indexes of the ticked checklist items. The counter's
 * whole command, with signatures and offers, is
 * {@link com.hallflow.flowexecution.StepSubmission}.
 */
public record Answers(int sequence, Map<String, String> values, Set<Integer> checked) {

	public Answers {
		values = Map.copyOf(values);
		checked = Set.copyOf(checked);
	}
}
