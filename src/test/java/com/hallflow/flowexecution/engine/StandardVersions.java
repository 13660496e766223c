package com.hallflow.flowexecution.engine;

import com.hallflow.flowdesign.FlowJson;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.StandardFlows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seven standard flows as version 1 of each, numbered 1 to 7 as version ids in key
 * order.
 */
final class StandardVersions {

	private StandardVersions() {
	}

	static Map<String, PublishedFlow> byKey() {
		Map<String, PublishedFlow> flows = new LinkedHashMap<>();
		List<String> keys = StandardFlows.keys().stream().sorted().toList();
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			flows.put(key, new PublishedFlow(i + 1L, key, 1, FlowJson.read(StandardFlows.document(key))));
		}
		return flows;
	}

	static FlowLookup lookup() {
		return FlowLookup.of(byKey().values().toArray(PublishedFlow[]::new));
	}

}
