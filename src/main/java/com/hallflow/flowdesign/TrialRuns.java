package com.hallflow.flowdesign;

import java.util.Collection;
import java.util.Set;

/**
 * The paths of a flow's draft that head office has test-run to an end, by their
 * {@link FlowPaths#signature signatures}. A path of the draft counts as tried when a
 * trial took exactly its legs. Kept until the draft is published; a trial publishes
 * nothing and counts for nothing else.
 */
public final class TrialRuns {

	private final Set<String> tried;

	public TrialRuns(Collection<String> signatures) {
		this.tried = Set.copyOf(signatures);
	}

	public boolean covers(FlowPaths.FlowPath path) {
		return tried.contains(FlowPaths.signature(path.legs()));
	}

	public int count() {
		return tried.size();
	}

}
