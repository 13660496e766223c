package com.hallflow.variant;

import static com.hallflow.variant.OverlayFixtures.overlay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.hallflow.flowdesign.FlowDiff;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.StepDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The differences from head office's standard in the editor: an insertion is said as one,
 * and the ways the merge turned into an inserted or past a hidden step are not listed as
 * changes of the steps they leave from.
 */
class OverlayDiffTest {

	private static final FlowDocument HQ = OverlayFixtures.simReplacement();

	private static final StepDefinition NOTICE = StepDefinition.of("gd-notice", "广东告知", "请您阅读广东省的补卡须知。");

	private static List<FlowDiff.Change> diff(FlowOverlay province, FlowOverlay overlay) {
		return OverlayLayers.check(new PublishedFlow(1, HQ.key(), 1, HQ), province, overlay, Map.of()).diff();
	}

	@Test
	void an_inserted_step_is_said_inserted_before_its_step_and_the_ways_into_it_are_not_listed() {
		// 查询号码状态's "otherwise" and 停机提示's call both led to 核验身份: now to 广东告知
		FlowOverlay gd = overlay("GD", OverlayChange.insertBefore("verify", NOTICE));

		assertThat(diff(null, gd)).extracting(FlowDiff.Change::messageKey, FlowDiff.Change::args)
			.containsExactly(tuple("variant.change.INSERT_BEFORE", List.of("核验身份", "广东告知")));
	}

	@Test
	void a_hidden_step_is_said_hidden_and_the_way_past_it_is_not_listed() {
		FlowOverlay gd = overlay("GD", OverlayChange.hideStep("suspended-notice"));

		assertThat(diff(null, gd)).extracting(FlowDiff.Change::messageKey, FlowDiff.Change::args)
			.containsExactly(tuple("variant.change.HIDE_STEP", List.of("停机提示")));
	}

	@Test
	void a_city_sees_its_provinces_insertion_and_its_own_said_alike() {
		FlowOverlay gd = overlay("GD", OverlayChange.insertBefore("verify", NOTICE));
		FlowOverlay gz = overlay("GZ", OverlayChange.insertBefore("replace-card", OverlayFixtures.faceCheck()));

		assertThat(diff(gd, gz)).extracting(FlowDiff.Change::messageKey, FlowDiff.Change::args)
			.containsExactly(tuple("variant.change.INSERT_BEFORE", List.of("核验身份", "广东告知")),
					tuple("variant.change.INSERT_BEFORE", List.of("按等级补卡", "人证比对")));
	}

	@Test
	void a_change_of_a_step_is_still_listed() {
		FlowOverlay gd = overlay("GD", OverlayChange.insertBefore("verify", NOTICE),
				OverlayChange.appendScript("check-status", "广东省内可查询。"));

		assertThat(diff(null, gd)).extracting(FlowDiff.Change::messageKey)
			.containsExactly("flowdesign.diff.scriptChanged", "variant.change.INSERT_BEFORE");
	}

}
