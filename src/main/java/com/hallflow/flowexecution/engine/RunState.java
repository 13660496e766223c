package com.hallflow.flowexecution.engine;

import com.hallflow.flowdesign.CustomerField;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a run stands. Immutable: every transition makes a new state that remembers the
 * one before it (for going back) and appends to the history, which keeps even discarded
 * paths.
 *
 * @param stack the root flow first, then the flows called from it; empty once ended
 * @param sequence the number of the step the next submission must name; grows with every
 * move
 * @param outcome null while running
 * @param context the customer fields the steps so far captured through bound inputs (a
 * {@link CustomerField#GRADE} by its grade name), shared by the root flow and the flows
 * it calls; what the start dialog captured is not in it
 */
public record RunState(List<Frame> stack, int sequence, Target.Outcome outcome, RunState previous,
		List<HistoryEntry> history, Map<CustomerField, String> context) {

	public RunState {
		stack = List.copyOf(stack);
		history = List.copyOf(history);
		context = Map.copyOf(context); // the same map when it is already one, as on most
										// steps
	}

	public boolean ended() {
		return outcome != null;
	}

	public Optional<Frame> current() {
		return stack.isEmpty() ? Optional.empty() : Optional.of(stack.get(stack.size() - 1));
	}

	public Optional<StepDefinition> currentStep() {
		return current().map(Frame::step);
	}

	/** The names of the flows from the root to the one running now, e.g. 套餐变更 › 缴费. */
	public List<String> breadcrumb() {
		return stack.stream().map(f -> f.flow().name()).toList();
	}
}
