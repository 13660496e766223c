package com.hallflow.variant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.organization.RegionNode;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.KaribuTest;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayDraft;
import com.hallflow.variant.OverlayService;
import com.hallflow.variant.RegionAdmins;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Head office's view of the regions' variants never opens empty: a flow is chosen, and a
 * flow no region varies says so in words instead of an empty table.
 */
class RegionalVariantsUiTest extends KaribuTest {

	@Autowired
	RegionAdmins admins;

	@Autowired
	OverlayService overlays;

	private RegionalVariantsView open() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate(RegionalVariantsView.class);
		return _get(RegionalVariantsView.class);
	}

	private static PublishedFlow flow(RegionalVariantsView view, String key) {
		return view.flow.getListDataView().getItems().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void a_flow_is_chosen_and_one_no_region_varies_is_said_in_words() {
		String plain = admins.publishSimReplacement();
		RegionalVariantsView view = open();
		assertThat(view.flow.getValue()).as("a flow chosen on opening").isNotNull();

		_setValue(view.flow, flow(view, plain));
		assertThat(view.none.isVisible()).isTrue();
		assertThat(view.none.getText()).isEqualTo(zh("variant.hq.none"));
		assertThat(view.grid.isVisible()).isFalse();
	}

	@Test
	void a_flow_a_region_varies_lists_the_region() {
		String varied = admins.publishSimReplacement();
		RegionNode guangdong = fixtures.province("广东");
		admins.signIn(guangdong.id());
		OverlayDraft draft = overlays.draft(varied, guangdong.id());
		overlays.saveDraft(varied, guangdong.id(), draft.lockVersion(),
				draft.overlay().withChanges(List.of(OverlayChange.appendScript("replace-card", "广东省：请核对新卡号码。"))));
		RegionalVariantsView view = open();

		_setValue(view.flow, flow(view, varied));
		assertThat(view.none.isVisible()).isFalse();
		assertThat(view.grid.isVisible()).isTrue();
		assertThat(GridKt._size(view.grid)).isEqualTo(1);
		assertThat(SystemAuthentication.callAsSystem(() -> overlays.overlaysOf(varied))).hasSize(1);
	}

}
