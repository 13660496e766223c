package com.hallflow.flowexecution;

import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowexecution.engine.RunEngine;
import com.hallflow.flowexecution.internal.PublishedFlowLookup;
import com.hallflow.security.HeadOffice;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Test-runs of drafts for head office (docs/architecture.md): the counter's run engine on
 * a draft, in memory, calling the flows as published now.
 */
@Service
@HeadOffice
public class DraftTrialService {

	/** The version id a draft runs under in a trial; no stored version has it. */
	static final long DRAFT_VERSION = -1;

	private final FlowDesignService flows;

	private final PublishedFlowLookup published;

	DraftTrialService(FlowDesignService flows, PublishedFlowLookup published) {
		this.flows = flows;
		this.published = published;
	}

	/**
	 * Starts a trial of the flow's saved draft. Refused when there is no draft or the
	 * draft still has errors (a trial follows only branches that lead somewhere).
	 */
	/**
	 * Records the path an ended trial took, so the designer's path list ticks it for
	 * everyone; the same path recorded at the same moment by another trial is recorded
	 * already.
	 */
	public void recordEnded(DraftTrial trial) {
		if (!trial.ended()) {
			return;
		}
		try {
			flows.recordTrial(trial.flowKey(), trial.legs());
		}
		catch (DataIntegrityViolationException ex) {
			// the unique key: the other trial recorded this path
		}
	}

	public DraftTrial start(String flowKey) {
		Draft draft = flows.draft(flowKey).orElseThrow(() -> new BusinessException("flowdesign.draft.none", flowKey));
		if (draft.document().steps().isEmpty()
				|| flows.validate(draft.document()).stream().anyMatch(i -> i.isError())) {
			throw new BusinessException("flowexecution.trial.hasErrors");
		}
		return new DraftTrial(new RunEngine(published), new PublishedFlow(DRAFT_VERSION, flowKey, 0, draft.document()));
	}

}
