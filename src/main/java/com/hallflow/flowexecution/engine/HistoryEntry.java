package com.hallflow.flowexecution.engine;

import java.util.Map;

/**
 * One thing that happened in a run, kept even when going back discards it from the path.
 */
public record HistoryEntry(int sequence, Kind kind, String flowKey, String stepKey, Map<String, String> values) {

	public enum Kind {

		SUBMITTED, CALLED, RETURNED, WENT_BACK, ENDED

	}

	public HistoryEntry {
		values = Map.copyOf(values);
	}
}
