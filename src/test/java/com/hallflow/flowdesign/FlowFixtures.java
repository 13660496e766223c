package com.hallflow.flowdesign;

import java.util.ArrayList;
import java.util.List;

/**
 * Small builders for flow documents in tests:
 * {@code flow("PLAN_CHANGE").step(...).build()}.
 */
public final class FlowFixtures {

	private final String key;

	private final List<StepDefinition> steps = new ArrayList<>();

	private FlowFixtures(String key) {
		this.key = key;
	}

	public static FlowFixtures flow(String key) {
		return new FlowFixtures(key);
	}

	public FlowFixtures step(String stepKey) {
		return step(StepDefinition.of(stepKey, "步骤 " + stepKey, "您好，{customer.name}。"));
	}

	public FlowFixtures step(StepDefinition step) {
		steps.add(step);
		return this;
	}

	/** Gives the last step a decision. */
	public FlowFixtures decision(Decision decision) {
		StepDefinition last = steps.remove(steps.size() - 1);
		steps.add(last.withDecision(decision));
		return this;
	}

	public static Decision.Rule when(String input, Object value, Target then) {
		return new Decision.Rule(Decision.Condition.of(input, Decision.Operator.EQUALS, value), then);
	}

	public static StepDefinition withInputs(StepDefinition step, InputDefinition... inputs) {
		return step.withInputs(List.of(inputs));
	}

	public FlowDocument build() {
		return new FlowDocument(FlowDocument.CURRENT_FORMAT, key, "流程 " + key, "业务", null, null, 8, steps);
	}

}
