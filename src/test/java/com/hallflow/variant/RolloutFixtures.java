package com.hallflow.variant;

import static com.hallflow.flowdesign.FlowFixtures.flow;

import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.PublishedVersion;
import com.hallflow.flowdesign.StagedPublishService;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.Fixtures;
import org.springframework.stereotype.Component;

/**
 * Flows of their own for the rollout tests (a unique key each, so tests sharing the
 * database never meet), published through the real services as head office.
 */
@Component
public class RolloutFixtures {

	private final FlowDesignService flows;

	private final StagedPublishService staged;

	private final PublishedFlowService published;

	RolloutFixtures(FlowDesignService flows, StagedPublishService staged, PublishedFlowService published) {
		this.flows = flows;
		this.staged = staged;
		this.published = published;
	}

	/** A new flow with version 1 published now; its key. */
	public String newFlow(String name) {
		String key = Fixtures.unique("ROLL_").toUpperCase();
		SystemAuthentication.runAsSystem(() -> {
			Draft draft = flows.create(new NewFlowCommand(key, name, null));
			Draft saved = flows.saveDraft(key, draft.lockVersion(), flow(key).step("a").step("b").build());
			flows.publish(key, saved.lockVersion(), "第一版", null);
		});
		return key;
	}

	/** Publishes the flow's next version, staged or not; the version. */
	public PublishedVersion publishNext(String key, boolean stagedPublish) {
		return SystemAuthentication.callAsSystem(() -> {
			int latest = latest(key).number();
			Draft draft = flows.newDraftFrom(key, latest);
			Draft saved = flows.saveDraft(key, draft.lockVersion(),
					flow(key).step("a").step("b").step("c" + latest).build());
			if (stagedPublish) {
				staged.publishStaged(key, saved.lockVersion(), "新版本", null);
			}
			else {
				flows.publish(key, saved.lockVersion(), "新版本", null);
			}
			return latest(key);
		});
	}

	public PublishedVersion latest(String key) {
		return SystemAuthentication.callAsSystem(() -> published.publishedVersions()
			.stream()
			.filter(v -> v.flowKey().equals(key))
			.max((a, b) -> Integer.compare(a.number(), b.number()))
			.orElseThrow());
	}

}
