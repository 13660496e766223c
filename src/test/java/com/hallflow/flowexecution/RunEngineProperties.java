package com.hallflow.flowexecution;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowValidator;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowdesign.ValidationIssue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** On random valid definitions a run never reaches an undefined state: it has ended or waits for input. */
class RunEngineProperties {

    private static final FlowDocument CALLEE = new FlowDocument(1, "CALLEE", "被调用流程", null, null, null, null,
            List.of(StepDefinition.of("c0", "缴费", "请缴费"), StepDefinition.of("c1", "完成", "缴费完成")));

    @Property(tries = 300)
    void a_run_has_always_either_ended_or_a_step_waiting_for_input(@ForAll("validFlow") FlowDocument flow,
                                                                   @ForAll("seeds") long seed) {
        Assume.that(new FlowValidator(Map.of("CALLEE", Set.of())).validate(flow).stream()
                .noneMatch(ValidationIssue::isError));
        RunEngine engine = new RunEngine(key -> "CALLEE".equals(key) ? Optional.of(CALLEE) : Optional.empty());
        Random random = new Random(seed);
        RunState state = engine.start(flow);
        for (int action = 0; action < 200 && !state.ended(); action++) {
            StepResult result = random.nextInt(8) == 0 ? engine.back(state) : engine.submit(state, answers(state, random));
            if (result instanceof StepResult.Moved moved) {
                assertThat(moved.state().sequence()).isGreaterThan(state.sequence());
                state = moved.state();
            }
            assertWellDefined(state);
        }
    }

    private static void assertWellDefined(RunState state) {
        if (state.ended()) {
            assertThat(state.stack()).isEmpty();
            assertThat(state.outcome()).isNotNull();
        } else {
            assertThat(state.stack()).isNotEmpty();
            Frame frame = state.current().orElseThrow();
            assertThat(frame.stepIndex()).isBetween(0, frame.flow().steps().size() - 1);
        }
    }

    private static Submission answers(RunState state, Random random) {
        StepDefinition step = state.currentStep().orElseThrow();
        Map<String, String> values = new HashMap<>();
        for (InputDefinition input : step.inputs()) {
            values.put(input.key(), Boolean.toString(random.nextBoolean()));
        }
        return new Submission(state.sequence(), values, Set.of());
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
            Arbitrary<Decision> decision = target.injectNull(0.5).map(otherwise -> new Decision(List.of(), otherwise))
                    .injectNull(0.5);
            return Combinators.combine(decision.list().ofSize(size), target.list().ofSize(size),
                    Arbitraries.of(true, false).list().ofSize(size)).as((decisions, ruleTargets, noBack) -> {
                        List<StepDefinition> steps = new ArrayList<>();
                        for (int i = 0; i < size; i++) {
                            Decision d = decisions.get(i);
                            Decision withRule = d == null ? null : new Decision(List.of(new Decision.Rule(
                                    new Decision.Condition("a" + i, Decision.Operator.EQUALS, "true"),
                                    ruleTargets.get(i))), d.otherwise());
                            steps.add(new StepDefinition("s" + i, "步骤" + i, null, "话术", List.of(),
                                    List.of(InputDefinition.of("a" + i, "是否", InputType.YES_NO, true)), false,
                                    withRule, false, noBack.get(i)));
                        }
                        return new FlowDocument(1, "RANDOM", "随机流程", null, null, null, null, steps);
                    });
        });
    }
}
