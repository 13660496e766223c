package com.hallflow.flowdesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowFixtures;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editor tests that start from {@link FlowFixtures#suspendedCheck}: head office opens the
 * draft editor on a new flow with one yes/no decision.
 */
abstract class SuspendedCheckEditorTest extends KaribuTest {

	@Autowired
	FlowDesignService flows;

	String key;

	FlowEditorView editor;

	@BeforeEach
	void draftWithABranch() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		key = Fixtures.unique("EDITOR_FLOW_").toUpperCase();
		flows.create(new NewFlowCommand(key, "编辑测试流程", "测试"));
		Draft draft = flows.draft(key).orElseThrow();
		flows.saveDraft(key, draft.lockVersion(), FlowFixtures.suspendedCheck(key, "编辑测试流程"));
		UI.getCurrent().navigate(FlowEditorView.class, new RouteParameters("key", key));
		editor = _get(FlowEditorView.class);
	}

}
