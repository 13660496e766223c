package com.hallflow.flowexecution.ui;

import com.hallflow.flowdesign.counter.StepScreen;
import com.hallflow.flowexecution.RunningSession;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the clerk entered on each step of this screen, so going back and forward again
 * never empties a step: what was ticked when a step was submitted comes back when Back
 * returns to it, and what was chosen on a step left with Back (not submitted) comes back
 * when the run reaches that step again. The server's prefill (submitted values, the
 * customer's details) comes first; this only adds what the screen alone knew.
 */
final class StepMemory {

	private record Entered(Map<String, String> values, Set<Integer> checked) {
	}

	private final Map<String, Entered> submitted = new HashMap<>();

	private final Map<String, Entered> leftBehind = new HashMap<>();

	/** The step on screen is being submitted with what it shows. */
	void submitting(RunningSession now, StepScreen screen) {
		submitted.put(key(now), new Entered(Map.copyOf(screen.values()), Set.copyOf(screen.checked())));
	}

	/** The clerk leaves the step on screen with Back, without submitting it. */
	void leaving(RunningSession now, StepScreen screen) {
		leftBehind.put(key(now), new Entered(Map.copyOf(screen.values()), Set.copyOf(screen.checked())));
	}

	/** Puts back what the screen knew of the step now shown. */
	void restore(RunningSession now, StepScreen screen, boolean cameBack) {
		Entered left = leftBehind.remove(key(now));
		if (left != null) {
			// the clerk's own latest entries, newer than anything the server filled in
			screen.fill(left.values());
			screen.tick(left.checked());
		}
		else if (cameBack && submitted.containsKey(key(now))) {
			Entered sent = submitted.get(key(now));
			Map<String, String> missing = new HashMap<>(sent.values());
			missing.keySet().removeAll(now.prefill().keySet());
			screen.fill(missing);
			screen.tick(sent.checked());
		}
	}

	private static String key(RunningSession session) {
		return session.currentFlowKey() + "/" + session.currentStep().key();
	}

}
