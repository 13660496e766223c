package com.hallflow.flowexecution;

import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowexecution.HistoryEntry.Kind;
import com.hallflow.flowexecution.StepResult.FieldError;
import com.hallflow.flowexecution.StepResult.Moved;
import com.hallflow.flowexecution.StepResult.Refused;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The guided run as a pure state machine: (definition, state, submission) → new state or
 * refusal. No clock, no database, no UI. Calls run the newest published version of the called
 * flow (looked up through {@code publishedFlows}) and continue at the named step when it
 * completes; any other outcome of a called flow ends the whole run with that outcome.
 */
public final class RunEngine {

    private final Function<String, Optional<FlowDocument>> publishedFlows;

    public RunEngine(Function<String, Optional<FlowDocument>> publishedFlows) {
        this.publishedFlows = publishedFlows;
    }

    public RunState start(FlowDocument flow) {
        if (flow.steps().isEmpty()) {
            throw new IllegalArgumentException("flow " + flow.key() + " has no steps");
        }
        return new RunState(List.of(new Frame(flow, 0, Map.of(), null)), 1, null, null, List.of());
    }

    public StepResult submit(RunState state, Submission submission) {
        if (state.ended()) {
            return refused("step", "flowexecution.run.ended");
        }
        if (submission.sequence() != state.sequence()) {
            return refused("step", "flowexecution.run.moved");
        }
        Frame frame = state.current().orElseThrow();
        StepDefinition step = frame.step();
        List<FieldError> errors = check(step, submission);
        if (!errors.isEmpty()) {
            return new Refused(errors);
        }
        Map<String, String> values = new HashMap<>(frame.values());
        for (InputDefinition input : step.inputs()) {
            String value = submission.values().get(input.key());
            if (value != null && !value.isBlank()) {
                values.put(input.key(), value.trim());
            }
        }
        Frame answered = frame.with(values);
        List<HistoryEntry> history = new ArrayList<>(state.history());
        history.add(new HistoryEntry(state.sequence(), Kind.SUBMITTED, frame.flow().key(), step.key(),
                submission.values()));
        List<Frame> stack = new ArrayList<>(state.stack());
        stack.set(stack.size() - 1, answered);
        return follow(stack, next(answered), state, history);
    }

    /** Goes back to the previous step of the path, unless this step or that one forbids it. */
    public StepResult back(RunState state) {
        RunState previous = state.previous();
        if (state.ended() || previous == null) {
            return refused("step", "flowexecution.back.atStart");
        }
        boolean forbidden = state.currentStep().map(StepDefinition::noBack).orElse(false)
                || previous.currentStep().map(StepDefinition::noBack).orElse(false);
        if (forbidden) {
            return refused("step", "flowexecution.back.forbidden");
        }
        List<HistoryEntry> history = new ArrayList<>(state.history());
        Frame at = state.current().orElseThrow();
        history.add(new HistoryEntry(state.sequence(), Kind.WENT_BACK, at.flow().key(), at.step().key(), Map.of()));
        return new Moved(new RunState(previous.stack(), state.sequence() + 1, null, previous.previous(), history));
    }

    private StepResult follow(List<Frame> stack, Target target, RunState before, List<HistoryEntry> history) {
        Frame frame = stack.get(stack.size() - 1);
        int sequence = before.sequence() + 1;
        switch (target.type()) {
            case STEP -> {
                stack.set(stack.size() - 1, frame.at(index(frame.flow(), target.step())));
                return moved(stack, sequence, null, before, history);
            }
            case CALL -> {
                Optional<FlowDocument> callee = publishedFlows.apply(target.flow())
                        .filter(f -> !f.steps().isEmpty());
                if (callee.isEmpty()) {
                    return refused("step", "flowexecution.call.unavailable");
                }
                history.add(new HistoryEntry(before.sequence(), Kind.CALLED, callee.get().key(), null, Map.of()));
                stack.add(new Frame(callee.get(), 0, Map.of(), target.returnTo()));
                return moved(stack, sequence, null, before, history);
            }
            case END -> {
                if (target.outcome() == Target.Outcome.COMPLETED && stack.size() > 1) {
                    Frame finished = stack.remove(stack.size() - 1);
                    Frame caller = stack.get(stack.size() - 1);
                    history.add(new HistoryEntry(before.sequence(), Kind.RETURNED, finished.flow().key(), null,
                            Map.of()));
                    stack.set(stack.size() - 1, caller.at(index(caller.flow(), finished.returnTo())));
                    return moved(stack, sequence, null, before, history);
                }
                history.add(new HistoryEntry(before.sequence(), Kind.ENDED, frame.flow().key(), null,
                        Map.of("outcome", target.outcome().name())));
                return moved(List.of(), sequence, target.outcome(), before, history);
            }
            default -> throw new IllegalStateException("unknown target " + target.type());
        }
    }

    private static StepResult moved(List<Frame> stack, int sequence, Target.Outcome outcome, RunState before,
                                    List<HistoryEntry> history) {
        return new Moved(new RunState(stack, sequence, outcome, before, history));
    }

    /** Where the flow goes from the frame's current step, given its answered values. */
    static Target next(Frame frame) {
        StepDefinition step = frame.step();
        Decision decision = step.decision();
        if (decision != null) {
            for (Decision.Rule rule : decision.rules()) {
                if (holds(rule.when(), frame.values())) {
                    return rule.then();
                }
            }
            if (decision.otherwise() != null) {
                return decision.otherwise();
            }
        }
        int following = frame.stepIndex() + 1;
        return following < frame.flow().steps().size() ? Target.step(frame.flow().steps().get(following).key())
                : Target.end(Target.Outcome.COMPLETED);
    }

    static boolean holds(Decision.Condition when, Map<String, String> values) {
        String actual = values.get(when.input());
        if (actual == null) {
            return false;
        }
        BigDecimal a = InputRules.number(actual);
        BigDecimal b = InputRules.number(when.value());
        int compared = a != null && b != null ? a.compareTo(b) : actual.compareTo(when.value());
        return switch (when.operator()) {
            case EQUALS -> a != null && b != null ? compared == 0 : actual.equals(when.value());
            case NOT_EQUALS -> a != null && b != null ? compared != 0 : !actual.equals(when.value());
            case GREATER_THAN -> a != null && b != null && compared > 0;
            case LESS_THAN -> a != null && b != null && compared < 0;
        };
    }

    private static List<FieldError> check(StepDefinition step, Submission submission) {
        List<FieldError> errors = new ArrayList<>();
        for (InputDefinition input : step.inputs()) {
            InputRules.problem(input, submission.values().get(input.key()))
                    .ifPresent(message -> errors.add(new FieldError(input.key(), message)));
        }
        List<ChecklistItem> items = step.checklist();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).mandatory() && !submission.checked().contains(i)) {
                errors.add(new FieldError("checklist:" + i, "flowexecution.checklist.mandatory"));
            }
        }
        return errors;
    }

    private static int index(FlowDocument flow, String stepKey) {
        for (int i = 0; i < flow.steps().size(); i++) {
            if (flow.steps().get(i).key().equals(stepKey)) {
                return i;
            }
        }
        throw new IllegalStateException("flow " + flow.key() + " has no step " + stepKey
                + "; published flows are validated, so this is a bug");
    }

    private static Refused refused(String field, String messageKey) {
        return new Refused(List.of(new FieldError(field, messageKey)));
    }
}
