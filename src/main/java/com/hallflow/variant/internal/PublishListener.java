package com.hallflow.variant.internal;

import com.hallflow.flowdesign.FlowVersionPublished;
import com.hallflow.flowdesign.FlowVersionStaged;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.FlowRolloutService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Head office's publish, as the effective-flow index follows it: within the publishing
 * transaction, a new version moves the variant revision, and a staged one opens its
 * rollout (refused, and the publish with it, when the flow has an open rollout).
 */
@Component
class PublishListener {

	private final EffectiveIndexHolder holder;

	private final FlowRolloutService rollouts;

	PublishListener(EffectiveIndexHolder holder, FlowRolloutService rollouts) {
		this.holder = holder;
		this.rollouts = rollouts;
	}

	@EventListener
	void published(FlowVersionPublished event) {
		holder.changed();
	}

	@EventListener
	void staged(FlowVersionStaged event) {
		rollouts.stage(FlowRollout.Subject.VERSION, event.versionId());
	}

}
