package com.hallflow.flowexecution.engine;

import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StepDefinition;
import java.util.Map;

/**
 * One flow being run: the root flow, or a flow called from it. Each frame has its own
 * input values, so a called flow's {@code mobile} never overwrites the caller's, and
 * names the published version it runs, which a replay must run again.
 *
 * @param versionId the published version of {@code flow} this frame runs
 * @param returnTo the caller's step to continue at when this called flow completes; null
 * for the root
 */
public record Frame(FlowDocument flow, long versionId, int stepIndex, Map<String, String> values, String returnTo) {

	public Frame {
		values = Map.copyOf(values);
	}

	public StepDefinition step() {
		return flow.steps().get(stepIndex);
	}

	Frame at(int index) {
		return new Frame(flow, versionId, index, values, returnTo);
	}

	Frame with(Map<String, String> newValues) {
		return new Frame(flow, versionId, stepIndex, newValues, returnTo);
	}
}
