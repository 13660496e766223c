package com.hallflow.flowexecution.internal;

import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowexecution.engine.RecordMismatch;
import com.hallflow.flowexecution.engine.RunEngine;
import com.hallflow.flowexecution.engine.RunState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a session's run state from its stored steps, as they were recorded
 * (docs/decisions/0016), or takes it from this node's cache when the cache stands where
 * the row does. A stored step that does not fit where the replay stands stops it: the
 * session cannot be resumed, its records stay.
 */
@Component
public class SessionReplay {

	private static final Logger log = LoggerFactory.getLogger(SessionReplay.class);

	private final StepRecordRepository records;

	private final PublishedFlowLookup flows;

	private final PersonalValues personal;

	private final RunStateCache cache;

	private final RunEngine engine;

	SessionReplay(StepRecordRepository records, PublishedFlowLookup flows, PersonalValues personal,
			RunStateCache cache) {
		this.records = records;
		this.flows = flows;
		this.personal = personal;
		this.cache = cache;
		this.engine = new RunEngine(flows);
	}

	/**
	 * A session's run state with its stored steps and the flow documents they ran, by
	 * flow key.
	 */
	public record Replay(RunState state, List<StepRecordEntity> steps, Map<String, FlowDocument> flows) {
	}

	/**
	 * The run state: from this node's cache when it is current, else replayed from the
	 * records and cached.
	 */
	public RunState state(SessionSnapshot session) {
		RunStateCache.Entry cached = cache.get(session.publicId());
		if (cached != null && cached.session().sequence() == session.sequence()) {
			return cached.state();
		}
		RunState state = replay(session, records.findBySessionIdOrderBySequenceAsc(session.id())).state();
		cache.put(session, state);
		return state;
	}

	/**
	 * The session's replay; when this node holds the run state at the row's step (a
	 * receipt shown right after the last step), that state with the stored steps, without
	 * replaying them.
	 */
	public Replay replayOrKnown(SessionSnapshot session, List<StepRecordEntity> steps) {
		RunStateCache.Entry known = cache.get(session.publicId());
		if (known == null || known.session().sequence() != session.sequence()
				|| known.session().status() != session.status()
				|| steps.stream().anyMatch(r -> r.getSequence() >= session.sequence())) {
			// not known here, or the stored steps run past where the row stands: replay
			// what is stored
			return replay(session, steps);
		}
		return new Replay(known.state(), steps, documents(session, steps));
	}

	/**
	 * Applies the stored steps in order as recorded; {@link NotReplayable} when one does
	 * not fit.
	 */
	public Replay replay(SessionSnapshot session, List<StepRecordEntity> steps) {
		RunState state = RunEngine.start(flows.version(session.flowVersionId()));
		for (StepRecordEntity step : steps) {
			try {
				state = engine.replay(state,
						StoredSteps.recorded(step.getSequence(), step.getKind(), step.getFlowKey(), step.getStepKey(),
								personal.opened(step.getShownValues(), step.getSealedValues()), step.getCheckedItems(),
								step.getNextTarget(), step.getCalledVersionId()));
			}
			catch (RecordMismatch | IllegalStateException | IllegalArgumentException e) {
				log.error("Session {} cannot be replayed at step {}; its records are kept: {}", session.publicId(),
						step.getSequence(), e.getMessage());
				throw new NotReplayable(session.publicId(), step.getSequence(), e);
			}
		}
		return new Replay(state, steps, documents(session, steps));
	}

	/** The flow documents a session ran, as far as its stored steps name them, by key. */
	public Map<String, FlowDocument> documents(SessionSnapshot session, List<StepRecordEntity> steps) {
		Map<String, FlowDocument> documents = new HashMap<>();
		FlowDocument root = flows.version(session.flowVersionId()).document();
		documents.put(root.key(), root);
		steps.stream()
			.map(StepRecordEntity::getCalledVersionId)
			.filter(Objects::nonNull)
			.distinct()
			.map(flows::version)
			.map(PublishedFlow::document)
			.forEach(f -> documents.put(f.key(), f));
		return documents;
	}

}
