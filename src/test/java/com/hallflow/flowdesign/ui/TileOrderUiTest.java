package com.hallflow.flowdesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Head office sets the order of the counter's tiles, and can give it back to each
 * branch's use.
 */
class TileOrderUiTest extends KaribuTest {

	@Autowired
	FlowDesignService flows;

	@Autowired
	PublishedFlowService published;

	@Autowired
	StandardFlows standardFlows;

	@AfterEach
	void backToUse() {
		SystemAuthentication.runAsSystem(() -> flows.orderTiles(List.of()));
	}

	@Test
	void head_office_moves_a_business_up_and_every_counter_follows_until_the_order_is_given_back() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate(FlowsView.class);
		_click(_get(Button.class, s -> s.withId("flow-tile-order")));
		TileOrderDialog dialog = _get(TileOrderDialog.class);
		assertThat(dialog.rows.isVisible()).as("by use until head office sets an order").isFalse();
		_setValue(dialog.mode, true);
		int rows = rowKeys(dialog).size();
		String last = rowKeys(dialog).get(rows - 1);
		for (int i = 0; i < rows - 1; i++) {
			_click(_get(dialog, Button.class, s -> s.withId("tile-up-" + last)));
		}
		List<String> wanted = rowKeys(dialog);
		assertThat(wanted.get(0)).isEqualTo(last);
		_click(dialog.save);

		assertThat(flows.tileOrder()).isEqualTo(wanted);
		assertThat(published.tileRanks()).containsEntry(last, 1);

		_click(_get(Button.class, s -> s.withId("flow-tile-order")));
		TileOrderDialog again = _get(TileOrderDialog.class);
		assertThat(rowKeys(again)).isEqualTo(wanted);
		_setValue(again.mode, false);
		_click(again.save);
		assertThat(flows.tileOrder()).isEmpty();
	}

	private static List<String> rowKeys(TileOrderDialog dialog) {
		List<String> keys = new ArrayList<>();
		dialog.rows.getChildren()
			.forEach(row -> row.getChildren()
				.filter(c -> c.getId().map(id -> id.startsWith("tile-up-")).orElse(false))
				.forEach(c -> keys.add(c.getId().orElseThrow().substring("tile-up-".length()))));
		return keys;
	}

}
