package com.hallflow.flowdesign;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static com.hallflow.flowdesign.FlowFixtures.when;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.FlowPaths.FlowPath;
import com.hallflow.flowdesign.FlowPaths.Leg;
import com.hallflow.flowdesign.Target.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowPathsTest {

	private static final InputDefinition SUSPENDED = InputDefinition.of("suspended", "号码已停机", InputType.YES_NO, true);

	private static final InputDefinition OK = InputDefinition.of("ok", "符合条件", InputType.YES_NO, true);

	private final FlowDocument twoDecisions = flow("TWO")
		.step(StepDefinition.of("check", "查询号码状态", "请稍等。").withInputs(List.of(SUSPENDED)))
		.decision(new Decision(List.of(when("suspended", true, Target.call("BILL_PAYMENT", "explain"))), null))
		.step(StepDefinition.of("eligible", "核对条件", "请稍等。").withInputs(List.of(OK)))
		.decision(new Decision(List.of(when("ok", false, Target.end(Outcome.NOT_ELIGIBLE))), null))
		.step("explain")
		.build();

	@Test
	void every_way_to_an_end_is_listed_with_calls_as_one_leg_that_returns_or_ends_the_run() {
		FlowPaths.Listing listing = FlowPaths.of(twoDecisions, Map.of("BILL_PAYMENT", Set.of(Outcome.DECLINED)), 200);

		assertThat(listing.total()).isEqualTo(4);
		assertThat(listing.capped()).isFalse();
		assertThat(listing.paths()).extracting(FlowPath::outcome)
			.containsExactly(Outcome.COMPLETED, Outcome.DECLINED, Outcome.NOT_ELIGIBLE, Outcome.COMPLETED);
		assertThat(listing.paths().get(0).legs()).containsExactly(
				new Leg("check", 1, Target.call("BILL_PAYMENT", "explain"), null),
				new Leg("explain", 0, Target.end(Outcome.COMPLETED), null));
		assertThat(listing.paths().get(1).legs())
			.containsExactly(new Leg("check", 1, Target.call("BILL_PAYMENT", "explain"), Outcome.DECLINED));
		assertThat(listing.paths().get(3).legs()).extracting(Leg::stepKey)
			.containsExactly("check", "eligible", "explain");
	}

	@Test
	void a_rule_and_the_otherwise_that_lead_to_the_same_end_are_two_paths() {
		FlowDocument both = flow("BOTH").step(StepDefinition.of("paid", "是否已缴清", "请稍等。").withInputs(List.of(OK)))
			.decision(new Decision(List.of(when("ok", true, Target.end(Outcome.COMPLETED))), null))
			.build();
		FlowPaths.Listing listing = FlowPaths.of(both, Map.of(), 200);
		assertThat(listing.total()).isEqualTo(2);
		assertThat(listing.paths()).extracting(p -> p.legs().get(0).branch()).containsExactly(1, 0);
	}

	@Test
	void the_listing_stops_at_its_limit_but_counts_every_path() {
		FlowPaths.Listing listing = FlowPaths.of(twoDecisions, Map.of("BILL_PAYMENT", Set.of(Outcome.DECLINED)), 2);
		assertThat(listing.paths()).hasSize(2);
		assertThat(listing.total()).isEqualTo(4);
	}

	@Test
	void a_loop_is_cut_after_one_turn() {
		FlowDocument looping = flow("LOOP").step(StepDefinition.of("ask", "询问", "请稍等。").withInputs(List.of(OK)))
			.decision(new Decision(List.of(when("ok", false, Target.step("ask"))), null))
			.step("done")
			.build();
		FlowPaths.Listing listing = FlowPaths.of(looping, Map.of(), 200);
		assertThat(listing.total()).isEqualTo(2);
		assertThat(listing.paths().get(0).loopsTo()).isEqualTo("ask");
		assertThat(listing.paths().get(0).outcome()).isNull();
		assertThat(listing.paths().get(1).outcome()).isEqualTo(Outcome.COMPLETED);
	}

	@Test
	void decisions_in_a_row_multiply_and_are_counted_without_listing_them_all() {
		FlowFixtures chain = flow("CHAIN");
		for (int i = 0; i < 40; i++) {
			chain
				.step(StepDefinition.of("s" + i, "第 " + i + " 步", "请稍等。")
					.withInputs(List.of(InputDefinition.of("a" + i, "问题 " + i, InputType.YES_NO, true))))
				.decision(new Decision(List.of(when("a" + i, true, Target.step("s" + (i + 1)))),
						i + 2 <= 40 ? Target.step("s" + Math.min(i + 2, 40)) : null));
		}
		chain.step("s40");
		FlowPaths.Listing listing = FlowPaths.of(chain.build(), Map.of(), 200);
		assertThat(listing.paths()).hasSize(200);
		// Fibonacci: each step goes one or two steps on (the last decision has two
		// branches to s40)
		assertThat(listing.total()).isEqualTo(267_914_296L);
	}

	@Test
	void endings_are_the_outcomes_other_than_completed() {
		assertThat(FlowPaths.endings(twoDecisions)).containsExactly(Outcome.NOT_ELIGIBLE);
	}

}
