package com.hallflow.variant;

import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.security.AppRoles;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.Fixtures;
import com.hallflow.variant.internal.OverlayAccess;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Region admins for the overlay tests, and head office's flows for them to vary. Until
 * the region admin's account carries its region, a region admin is signed in with the
 * region bound to the sign-in ({@link OverlayAccess.Binding}): the one place to change
 * when accounts have regions.
 */
@Component
public class RegionAdmins {

	private final FlowDesignService flows;

	private final StandardFlows standardFlows;

	RegionAdmins(FlowDesignService flows, StandardFlows standardFlows) {
		this.flows = flows;
		this.standardFlows = standardFlows;
	}

	/** Signs in the admin of the region on this thread; returns the username. */
	public static String signIn(long regionId) {
		String username = "region-admin-" + regionId;
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.REGION_ADMIN)));
		token.setDetails(new OverlayAccess.Binding(regionId));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(token);
		SecurityContextHolder.setContext(context);
		return username;
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
