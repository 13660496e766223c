package com.hallflow.flowexecution.engine;

import com.hallflow.flowdesign.Target;
import java.util.Map;
import java.util.Set;

/**
 * One stored step of a session as a replay applies it: what was answered where, and where
 * the run went. Replays follow this, not today's rules (docs/decisions/0016).
 *
 * @param back whether the clerk went back from this step instead of answering it
 * @param flowKey the flow whose step this was
 * @param stepKey the step that was answered (or gone back from)
 * @param values the values as entered (personal numbers opened), by input key
 * @param next where the step led; null for a going back, and for steps stored before the
 * target was (those follow the pinned version's decision)
 * @param calledVersionId the version of the flow the step called, when it called one
 */
public record RecordedStep(int sequence, boolean back, String flowKey, String stepKey, Map<String, String> values,
		Set<Integer> checked, Target next, Long calledVersionId) {

	public RecordedStep {
		values = Map.copyOf(values);
		checked = Set.copyOf(checked);
	}
}
