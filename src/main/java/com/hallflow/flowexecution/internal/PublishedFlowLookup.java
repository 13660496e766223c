package com.hallflow.flowexecution.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowexecution.engine.FlowLookup;
import com.hallflow.variant.FlowEditions;

/**
 * The published flows as the run engine looks them up: in effect now for a call, by the
 * id a session or a call pinned for a replay (a version's, or an edition's with regions'
 * overlays: docs/architecture.md §14).
 */
@Component
public class PublishedFlowLookup implements FlowLookup {

	private final PublishedFlowService published;

	private final FlowEditions editions;

	private final Clock clock;

	PublishedFlowLookup(PublishedFlowService published, FlowEditions editions, Clock clock) {
		this.published = published;
		this.editions = editions;
		this.clock = clock;
	}

	/** Head office's version in effect now, as a draft's trial calls it. */
	@Override
	public Optional<PublishedFlow> current(String key) {
		return published.current(key);
	}

	@Override
	public PublishedFlow version(long versionId) {
		return editions.byRunId(versionId);
	}

	/**
	 * The lookup of a branch's counter: a call runs the flow as the branch runs it now,
	 * with its rollouts and its regions' overlays.
	 */
	public FlowLookup forBranch(long branchId) {
		return new FlowLookup() {

			@Override
			public Optional<PublishedFlow> current(String key) {
				return editions.current(key, branchId, clock.instant());
			}

			@Override
			public PublishedFlow version(long versionId) {
				return editions.byRunId(versionId);
			}

		};
	}

}
