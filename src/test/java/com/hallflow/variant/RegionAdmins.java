package com.hallflow.variant;

import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.security.SystemAuthentication;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Region admins for the overlay tests, and head office's flows for them to vary.
 */
@Component
public class RegionAdmins {

	private final FlowDesignService flows;

	private final StandardFlows standardFlows;

	private final Fixtures fixtures;

	private final Map<Long, UserSummary> admins = new ConcurrentHashMap<>();

	RegionAdmins(FlowDesignService flows, StandardFlows standardFlows, Fixtures fixtures) {
		this.fixtures = fixtures;
		this.flows = flows;
		this.standardFlows = standardFlows;
	}

	/**
	 * Signs in an admin of the region on this thread (one account per region, made the
	 * first time); returns the username.
	 */
	public String signIn(long regionId) {
		UserSummary admin = admins.computeIfAbsent(regionId, fixtures::regionAdmin);
		Fixtures.signIn(admin);
		return admin.username();
	}

	/**
	 * Head office publishes a new flow shaped as {@link OverlayFixtures#simReplacement}
	 * (a fresh key, so tests sharing a database never meet); returns its key.
	 */
	public String publishSimReplacement() {
		return SystemAuthentication.callAsSystem(() -> {
			standardFlows.install();
			String key = Fixtures.unique("SIM_VARIANT_");
			Draft created = flows.create(new NewFlowCommand(key, "补卡", "业务变更"));
			FlowDocument doc = withKey(OverlayFixtures.simReplacement(), key);
			Draft saved = flows.saveDraft(key, created.lockVersion(), doc);
			flows.publish(key, saved.lockVersion(), "总部标准", null);
			return key;
		});
	}

	/** Head office publishes its next version of the flow, changed as given. */
	public int publishNext(String key, UnaryOperator<FlowDocument> change, Instant effectiveFrom) {
		return SystemAuthentication.callAsSystem(() -> {
			int latest = flows.versions(key).get(0).number();
			Draft draft = flows.newDraftFrom(key, latest);
			Draft saved = flows.saveDraft(key, draft.lockVersion(), change.apply(draft.document()));
			return flows.publish(key, saved.lockVersion(), "总部第 " + (latest + 1) + " 版", effectiveFrom);
		});
	}

	static FlowDocument withKey(FlowDocument doc, String key) {
		return new FlowDocument(doc.formatVersion(), key, doc.name(), doc.category(), doc.description(), doc.icon(),
				doc.targetMinutes(), doc.takesEffect(), doc.steps());
	}

}
