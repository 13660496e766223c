package com.hallflow.flowdesign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Head office's marks in the standard flows: the identity check, the ID copy and the
 * customer's signature are locked wherever a flow has them; a few courtesy or
 * recommendation steps are optional; regions insert where a province plausibly adds its
 * own step (人证比对 before 按等级补卡, a local number rule before 选择号码).
 */
class StandardFlowMarksTest {

	private static List<FlowDocument> standard() {
		return StandardFlows.keys().stream().map(key -> FlowJson.read(StandardFlows.document(key))).toList();
	}

	private static StepDefinition step(String flow, String key) {
		return FlowJson.read(StandardFlows.document(flow)).step(key).orElseThrow();
	}

	@Test
	void identity_checks_id_copies_and_signatures_are_locked_in_every_flow() {
		for (FlowDocument flow : standard()) {
			for (StepDefinition step : flow.steps()) {
				if (step.title().contains("核验") && step.title().contains("身份") || step.hasSignature()) {
					assertThat(step.locked()).as(flow.key() + " " + step.title()).isTrue();
				}
				step.checklist()
					.stream()
					.filter(item -> item.text().contains("复印") && item.text().contains("证件"))
					.forEach(item -> assertThat(item.locked()).as(flow.key() + " " + item.text()).isTrue());
			}
		}
		assertThat(step("SIM_REPLACEMENT", "replace-card").checklist())
			.filteredOn(item -> item.text().equals("核验机主本人有效身份证件"))
			.singleElement()
			.satisfies(item -> assertThat(item.locked()).isTrue());
		assertThat(step("PLAN_CHANGE", "verify-password").locked()).isTrue();
	}

	@Test
	void regions_insert_before_the_card_is_issued_and_before_the_number_is_chosen() {
		assertThat(step("SIM_REPLACEMENT", "replace-card").openBefore()).isTrue();
		assertThat(step("NEW_SUBSCRIPTION", "choose-number").openBefore()).isTrue();
		assertThat(Map.of("SIM_REPLACEMENT", "recommend", "NEW_SUBSCRIPTION", "campaign", "OWNERSHIP_TRANSFER",
				"anything-else"))
			.allSatisfy((flow, key) -> assertThat(step(flow, key).optional()).as(flow + " " + key).isTrue());
	}

	@Test
	void no_standard_step_regions_may_hide_is_or_holds_anything_locked() {
		assertThat(standard()).flatMap(FlowDocument::steps)
			.filteredOn(StepDefinition::optional)
			.isNotEmpty()
			.noneMatch(StepDefinition::holdsLocked);
	}

}
