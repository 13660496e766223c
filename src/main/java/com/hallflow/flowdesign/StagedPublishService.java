package com.hallflow.flowdesign;

import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.internal.FlowTemplateRepository;
import com.hallflow.flowdesign.internal.FlowVersionEntity;
import com.hallflow.flowdesign.internal.FlowVersionRepository;
import com.hallflow.security.HeadOffice;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a version to be rolled out in stages (decision 0027): the ordinary publish,
 * then, in the same transaction, {@link FlowVersionStaged}, on which module variant opens
 * the version's rollout with no stage yet, so that it applies to no branch until head
 * office plans where and when. If the flow already has an open rollout, the listener
 * refuses and nothing is published.
 */
@Service
@Transactional
@HeadOffice
public class StagedPublishService {

	private final FlowDesignService flows;

	private final FlowTemplateRepository templates;

	private final FlowVersionRepository versions;

	private final ApplicationEventPublisher events;

	StagedPublishService(FlowDesignService flows, FlowTemplateRepository templates, FlowVersionRepository versions,
			ApplicationEventPublisher events) {
		this.flows = flows;
		this.templates = templates;
		this.versions = versions;
		this.events = events;
	}

	/** Publishes the draft as {@link FlowDesignService#publish} does, staged. */
	public int publishStaged(String key, long lockVersion, String changeNote, Instant effectiveFrom) {
		int number = flows.publish(key, lockVersion, changeNote, effectiveFrom);
		FlowVersionEntity version = templates.findByKey(key)
			.flatMap(t -> versions.findByTemplateIdAndNumber(t.getId(), number))
			.orElseThrow(() -> new BusinessException("flowdesign.flow.notFound", key));
		events.publishEvent(new FlowVersionStaged(key, version.getId(), number));
		return number;
	}

}
