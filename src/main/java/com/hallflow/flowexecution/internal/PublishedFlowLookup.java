package com.hallflow.flowexecution.internal;

import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowexecution.engine.FlowLookup;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The published flows as the run engine looks them up: in effect now for a call, by
 * version for a replay.
 */
@Component
public class PublishedFlowLookup implements FlowLookup {

	private final PublishedFlowService published;

	PublishedFlowLookup(PublishedFlowService published) {
		this.published = published;
	}

	@Override
	public Optional<PublishedFlow> current(String key) {
		return published.current(key);
	}

	@Override
	public PublishedFlow version(long versionId) {
		return published.byVersionId(versionId);
	}

}
