package com.hallflow.variant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.hallflow.organization.RegionNode;
import com.hallflow.support.KaribuTest;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayService;
import com.hallflow.variant.RegionAdmins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The overlay editor's tests start alike: head office's 补卡 published, Guangdong's admin
 * signed in with the editor of it open.
 */
abstract class GuangdongOverlayEditorTest extends KaribuTest {

	@Autowired
	RegionAdmins admins;

	@Autowired
	OverlayService overlays;

	String flow;

	RegionNode guangdong;

	@BeforeEach
	void guangdongAdminOpensTheEditor() {
		flow = admins.publishSimReplacement();
		guangdong = fixtures.province("广东");
		signIn(fixtures.regionAdmin(guangdong.id()));
		UI.getCurrent().navigate("variants/" + flow);
	}

	/** Picks a kind of change in the editor's 添加修改 menu. */
	@SuppressWarnings("unchecked")
	static void add(OverlayChange.Op op) {
		_setValue(_get(Select.class, s -> s.withId("overlay-add")), op);
	}

}
