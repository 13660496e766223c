package com.hallflow.flowdesign;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ways a designer has test-run drafts in this browser session: for each flow, the
 * legs of every trial that reached an end. A path of the draft counts as tried when a
 * trial took exactly its legs. Kept with the user's session, never stored: a trial
 * publishes nothing and counts for nothing.
 */
public final class TrialRuns {

	private final Map<String, Set<List<FlowPaths.Leg>>> tried = new HashMap<>();

	public synchronized void add(String flowKey, List<FlowPaths.Leg> legs) {
		tried.computeIfAbsent(flowKey, k -> new LinkedHashSet<>()).add(List.copyOf(legs));
	}

	public synchronized boolean covers(String flowKey, FlowPaths.FlowPath path) {
		return tried.getOrDefault(flowKey, Set.of()).contains(path.legs());
	}

	public synchronized int count(String flowKey) {
		return tried.getOrDefault(flowKey, Set.of()).size();
	}

}
