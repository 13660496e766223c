package com.hallflow.flowexecution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowValidator;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowdesign.ValidationIssue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On random valid definitions a run never reaches an undefined state (it has ended or
 * waits for input), and replaying what a live run stored gives exactly the state the live
 * run had.
 */
class RunEngineProperties {

	private static final PublishedFlow CALLEE = new PublishedFlow(900, "CALLEE", 3, new FlowDocument(1, "CALLEE",
			"被调用流程", null, null, null, null,
			List.of(StepDefinition.of("c0", "缴费", "请缴费"), new StepDefinition("c1", "核对", null, "请核对", List.of(),
					List.of(InputDefinition.of("ok", "是否完成", InputType.YES_NO, true)), false,
					new Decision(List.of(new Decision.Rule(Decision.Condition.of("ok", Decision.Operator.EQUALS, false),
							Target.end(Target.Outcome.DECLINED))), null),
					false, false))));

	private static final long ROOT_VERSION = 17;

	@Property(tries = 300)
	void a_run_has_always_either_ended_or_a_step_waiting_for_input(@ForAll("validFlow") FlowDocument flow,
			@ForAll("seeds") long seed) {
		Assume.that(new FlowValidator(Map.of("CALLEE", Set.of())).validate(flow)
			.stream()
			.noneMatch(ValidationIssue::isError));
		RunEngine engine = new RunEngine(FlowLookup.of(CALLEE));
		Random random = new Random(seed);
		RunState state = RunEngine.start(new PublishedFlow(ROOT_VERSION, flow.key(), 1, flow));
		for (int action = 0; action < 200 && !state.ended(); action++) {
			StepResult result = random.nextInt(8) == 0 ? RunEngine.back(state)
					: engine.submit(state, answers(state, random));
			if (result instanceof StepResult.Moved moved) {
				assertThat(moved.state().sequence()).isGreaterThan(state.sequence());
				state = moved.state();
			}
			assertWellDefined(state);
		}
	}

	@Property(tries = 300)
	void replaying_what_a_live_run_stored_gives_exactly_the_state_it_had(@ForAll("validFlow") FlowDocument flow,
			@ForAll("seeds") long seed) {
		Assume.that(new FlowValidator(Map.of("CALLEE", Set.of())).validate(flow)
			.stream()
			.noneMatch(ValidationIssue::isError));
		PublishedFlow root = new PublishedFlow(ROOT_VERSION, flow.key(), 1, flow);
		RunEngine engine = new RunEngine(FlowLookup.of(root, CALLEE));
		Random random = new Random(seed);
		RunState live = RunEngine.start(root);
		List<RecordedStep> stored = new ArrayList<>();
		for (int action = 0; action < 200 && !live.ended(); action++) {
			Frame at = live.current().orElseThrow();
			boolean back = random.nextInt(6) == 0;
			Answers answers = answers(live, random);
			StepResult result = back ? RunEngine.back(live) : engine.submit(live, answers);
			if (result instanceof StepResult.Moved moved) {
				stored.add(new RecordedStep(live.sequence(), back, at.flow().key(), at.step().key(),
						back ? Map.of() : answers.values(), back ? Set.of() : answers.checked(), moved.taken(),
						moved.calledVersionId()));
				live = moved.state();
			}
		}
		RunState replayed = RunEngine.start(root);
		for (RecordedStep step : stored) {
			replayed = engine.replay(replayed, step);
		}
		assertThat(replayed).isEqualTo(live);
	}

	private static void assertWellDefined(RunState state) {
		if (state.ended()) {
			assertThat(state.stack()).isEmpty();
			assertThat(state.outcome()).isNotNull();
		}
		else {
			assertThat(state.stack()).isNotEmpty();
			Frame frame = state.current().orElseThrow();
			assertThat(frame.stepIndex()).isBetween(0, frame.flow().steps().size() - 1);
		}
	}

	private static Answers answers(RunState state, Random random) {
		StepDefinition step = state.currentStep().orElseThrow();
		Map<String, String> values = new HashMap<>();
		for (InputDefinition input : step.inputs()) {
			values.put(input.key(), Boolean.toString(random.nextBoolean()));
		}
		return new Answers(state.sequence(), values, Set.of());
	}

	@Provide
	Arbitrary<Long> seeds() {
		return Arbitraries.longs();
	}

	@Provide
	Arbitrary<FlowDocument> validFlow() {
		return Arbitraries.integers().between(1, 12).flatMap(size -> {
			List<String> keys = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				keys.add("s" + i);
			}
			Arbitrary<Target> target = Arbitraries.oneOf(Arbitraries.of(keys).map(Target::step),
					Arbitraries.of(keys).map(k -> Target.call("CALLEE", k)),
					Arbitraries.of(Target.Outcome.class).map(Target::end));
			Arbitrary<Decision> decision = target.injectNull(0.5)
				.map(otherwise -> new Decision(List.of(), otherwise))
				.injectNull(0.5);
			return Combinators
				.combine(decision.list().ofSize(size), target.list().ofSize(size),
						Arbitraries.of(true, false).list().ofSize(size))
				.as((decisions, ruleTargets, noBack) -> {
					List<StepDefinition> steps = new ArrayList<>();
					for (int i = 0; i < size; i++) {
						Decision d = decisions.get(i);
						Decision withRule = d == null ? null
								: new Decision(List.of(new Decision.Rule(
										Decision.Condition.of("a" + i, Decision.Operator.EQUALS, true),
										ruleTargets.get(i))), d.otherwise());
						steps.add(new StepDefinition("s" + i, "步骤" + i, null, "话术", List.of(),
								List.of(InputDefinition.of("a" + i, "是否", InputType.YES_NO, true)), false, withRule,
								false, noBack.get(i)));
					}
					return new FlowDocument(1, "RANDOM", "随机流程", null, null, null, null, steps);
				});
		});
	}

}
