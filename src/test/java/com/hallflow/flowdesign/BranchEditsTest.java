package com.hallflow.flowdesign;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static com.hallflow.flowdesign.FlowFixtures.when;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.DraftEdits.Branch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The diagram's edits: a step put into a branch, a branch sent elsewhere. */
class BranchEditsTest {

	/**
	 * check: suspended → call 缴费 back to explain; otherwise → explain. notice runs on.
	 */
	private final FlowDocument plan = FlowFixtures.planWithCall();

	private final StepDefinition added = StepDefinition.of("added", "新步骤", "");

	@Test
	void a_step_put_on_the_way_to_the_next_goes_between_the_two() {
		FlowDocument after = DraftEdits.insertInto(plan, Branch.next("notice"), added);
		assertThat(after.steps()).extracting(StepDefinition::key)
			.containsExactly("check", "notice", "added", "explain");
		assertThat(ways(after)).containsEntry("notice>", "added").containsEntry("added>", "explain");
		assertSameOtherwise(plan, after, "notice");
	}

	@Test
	void a_step_put_on_the_start_becomes_the_first() {
		FlowDocument after = DraftEdits.insertInto(plan, Branch.start(), added);
		assertThat(after.steps().get(0).key()).isEqualTo("added");
		assertThat(ways(after)).containsEntry("added>", "check");
	}

	@Test
	void a_step_put_on_a_rule_leads_on_to_where_the_rule_led_and_no_other_way_changes() {
		FlowDocument after = DraftEdits.insertInto(plan, Branch.rule("check", 1), added);
		assertThat(after.step("check").orElseThrow().decision().rules().get(0).then()).isEqualTo(Target.step("added"));
		assertThat(after.step("added").orElseThrow().decision().otherwise())
			.isEqualTo(Target.call("BILL_PAYMENT", "explain"));
		// check does not run on into the new step: it goes right after check
		assertThat(after.steps()).extracting(StepDefinition::key)
			.containsExactly("check", "added", "notice", "explain");
		assertSameOtherwise(plan, after, "check");
		assertThat(new FlowValidator(Map.of("BILL_PAYMENT", Set.of())).validate(after))
			.noneMatch(ValidationIssue::isError);
	}

	@Test
	void when_every_step_runs_on_the_last_one_is_told_to_complete_so_the_new_step_changes_no_other_way() {
		FlowDocument runsOn = flow("X")
			.step(StepDefinition.of("a", "A", "")
				.withInputs(List.of(InputDefinition.of("ok", "好吗", InputType.YES_NO, true))))
			.decision(new Decision(List.of(when("ok", false, Target.step("c"))), null))
			.step("b")
			.step("c")
			.build();
		FlowDocument after = DraftEdits.insertInto(runsOn, Branch.rule("a", 1), added);
		assertThat(after.steps()).extracting(StepDefinition::key).containsExactly("a", "b", "c", "added");
		assertThat(ways(after)).containsEntry("a>", "b")
			.containsEntry("b>", "c")
			.containsEntry("c>", "END:COMPLETED")
			.containsEntry("a#1", "added")
			.containsEntry("added>", "c");
	}

	@Test
	void an_end_put_on_a_branch_keeps_its_own_outcome() {
		StepDefinition end = StepDefinition.of("sorry", "告知不符合条件", "很抱歉……")
			.withDecision(new Decision(List.of(), Target.end(Target.Outcome.NOT_ELIGIBLE)));
		FlowDocument after = DraftEdits.insertInto(plan, Branch.otherwise("check"), end);
		assertThat(ways(after)).containsEntry("check>", "sorry").containsEntry("sorry>", "END:NOT_ELIGIBLE");
	}

	@Test
	void a_branch_that_does_not_exist_changes_nothing() {
		assertThat(DraftEdits.insertInto(plan, Branch.rule("check", 2), added)).isEqualTo(plan);
		assertThat(DraftEdits.insertInto(plan, Branch.next("nobody"), added)).isEqualTo(plan);
		// check goes to its "otherwise", never on to the next step in order
		assertThat(DraftEdits.insertInto(plan, Branch.next("check"), added)).isEqualTo(plan);
		assertThat(DraftEdits.redirect(plan, Branch.rule("notice", 1), Target.step("check"))).isEqualTo(plan);
		assertThat(DraftEdits.redirect(plan, Branch.start(), Target.step("explain"))).isEqualTo(plan);
	}

	@Test
	void redirecting_a_rule_or_the_way_on_changes_only_that_branch() {
		FlowDocument rule = DraftEdits.redirect(plan, Branch.rule("check", 1), Target.end(Target.Outcome.DECLINED));
		assertThat(ways(rule)).containsEntry("check#1", "END:DECLINED");
		assertSameOtherwise(plan, rule, "check");
		FlowDocument next = DraftEdits.redirect(plan, Branch.next("notice"), Target.step("check"));
		assertThat(next.step("notice").orElseThrow().decision())
			.isEqualTo(new Decision(List.of(), Target.step("check")));
		assertSameOtherwise(plan, next, "notice");
	}

	/** Every way out of every step, the way on resolved to the step it reaches. */
	private static Map<String, String> ways(FlowDocument doc) {
		Map<String, String> ways = new LinkedHashMap<>();
		List<StepDefinition> steps = doc.steps();
		for (int i = 0; i < steps.size(); i++) {
			StepDefinition s = steps.get(i);
			Decision d = s.decision();
			if (d != null) {
				for (int r = 0; r < d.rules().size(); r++) {
					ways.put(s.key() + "#" + (r + 1), name(d.rules().get(r).then()));
				}
			}
			ways.put(s.key() + ">", d != null && d.otherwise() != null ? name(d.otherwise())
					: i + 1 < steps.size() ? steps.get(i + 1).key() : "END:COMPLETED");
		}
		return ways;
	}

	private static String name(Target t) {
		return switch (t.type()) {
			case STEP -> t.step();
			case END -> "END:" + t.outcome();
			case CALL -> "CALL:" + t.flow() + ">" + t.returnTo();
		};
	}

	/** Every way out of every step but {@code edited} and the new one is as before. */
	private static void assertSameOtherwise(FlowDocument before, FlowDocument after, String edited) {
		Map<String, String> was = ways(before);
		Map<String, String> is = ways(after);
		was.keySet().removeIf(k -> k.startsWith(edited + ">") || k.startsWith(edited + "#"));
		is.keySet().removeIf(k -> k.startsWith(edited + ">") || k.startsWith(edited + "#") || k.startsWith("added"));
		assertThat(is).isEqualTo(was);
	}

}
