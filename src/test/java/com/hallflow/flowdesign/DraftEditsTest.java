package com.hallflow.flowdesign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftEditsTest {

	private final FlowDocument plan = FlowFixtures.planWithCall();

	@Test
	void renaming_a_step_renames_its_branches_and_its_return_and_nothing_else() {
		FlowDocument renamed = DraftEdits.renameStep(plan, "explain", "explain-plan");
		assertThat(renamed.steps()).extracting(StepDefinition::key).containsExactly("check", "notice", "explain-plan");
		Decision decision = renamed.steps().get(0).decision();
		assertThat(decision.rules().get(0).then()).isEqualTo(Target.call("BILL_PAYMENT", "explain-plan"));
		assertThat(decision.otherwise()).isEqualTo(Target.step("explain-plan"));
		assertThat(new FlowValidator(Map.of("BILL_PAYMENT", Set.of())).validate(renamed))
			.noneMatch(ValidationIssue::isError);
	}

	@Test
	void a_rename_onto_a_taken_or_blank_key_changes_nothing() {
		assertThat(DraftEdits.renameStep(plan, "explain", "notice")).isEqualTo(plan);
		assertThat(DraftEdits.renameStep(plan, "explain", " ")).isEqualTo(plan);
	}

	@Test
	void references_name_the_step_and_the_branch() {
		assertThat(DraftEdits.references(plan, "explain")).containsExactly(
				new DraftEdits.Reference("check", "查询号码状态", 1, true),
				new DraftEdits.Reference("check", "查询号码状态", 0, false));
		assertThat(DraftEdits.references(plan, "notice")).isEmpty();
	}

}
