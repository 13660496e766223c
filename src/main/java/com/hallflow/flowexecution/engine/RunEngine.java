package com.hallflow.flowexecution.engine;

import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.CustomerField;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowexecution.FieldError;
import com.hallflow.flowexecution.engine.HistoryEntry.Kind;
import com.hallflow.flowexecution.engine.StepResult.Moved;
import com.hallflow.flowexecution.engine.StepResult.Refused;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guided run as a pure state machine: (definition, state, answers) → new state or
 * refusal. No clock, no database, no UI. A live submission is checked with today's input
 * rules and goes where the step's decision leads; a call runs the version of the called
 * flow in effect now and continues at the named step when it completes; any other outcome
 * of a called flow ends the whole run with that outcome. A replay applies a stored step
 * as it was recorded: no checks, the recorded target, the recorded version of a called
 * flow (docs/decisions/0016).
 */
public final class RunEngine {

	private final FlowLookup flows;

	private final InputCheck inputs;

	public RunEngine(FlowLookup flows) {
		this(flows, InputCheck.STANDARD);
	}

	public RunEngine(FlowLookup flows, InputCheck inputs) {
		this.flows = flows;
		this.inputs = inputs;
	}

	public static RunState start(PublishedFlow flow) {
		if (flow.document().steps().isEmpty()) {
			throw new IllegalArgumentException("flow " + flow.key() + " has no steps");
		}
		return new RunState(List.of(new Frame(flow.document(), flow.versionId(), 0, Map.of(), null)), 1, null, null,
				List.of(), Map.of());
	}

	public StepResult submit(RunState state, Answers answers) {
		if (state.ended()) {
			return refused("step", "flowexecution.run.ended");
		}
		if (answers.sequence() != state.sequence()) {
			return refused("step", "flowexecution.run.moved");
		}
		Frame frame = state.current().orElseThrow();
		List<FieldError> errors = check(frame.step(), answers);
		if (!errors.isEmpty()) {
			return new Refused(errors);
		}
		Map<String, String> entered = accepted(frame.step(), answers.values());
		Frame answered = frame.with(merged(frame.values(), entered));
		Target target = next(answered);
		PublishedFlow callee = null;
		if (target.type() == Target.Type.CALL) {
			callee = flows.current(target.flow()).filter(f -> !f.document().steps().isEmpty()).orElse(null);
			if (callee == null) {
				return refused("step", "flowexecution.call.unavailable");
			}
		}
		return new Moved(follow(state, answered, entered, target, callee), target,
				callee == null ? null : callee.versionId());
	}

	/**
	 * Goes back to the previous step of the path, unless this step or that one forbids
	 * it.
	 */
	public static StepResult back(RunState state) {
		RunState previous = state.previous();
		if (state.ended() || previous == null) {
			return refused("step", "flowexecution.back.atStart");
		}
		boolean forbidden = state.currentStep().map(StepDefinition::noBack).orElse(false)
				|| previous.currentStep().map(StepDefinition::noBack).orElse(false);
		if (forbidden) {
			return refused("step", "flowexecution.back.forbidden");
		}
		return new Moved(wentBack(state), null, null);
	}

	/**
	 * Applies one stored step as it was recorded. Throws {@link RecordMismatch} when the
	 * step does not belong where the run stands (another sequence, flow or step) or names
	 * a target or a called version the pinned definitions do not have.
	 */
	public RunState replay(RunState state, RecordedStep step) {
		if (state.ended()) {
			throw new RecordMismatch(step.sequence(), "the run had already ended");
		}
		if (step.sequence() != state.sequence()) {
			throw new RecordMismatch(step.sequence(), "the run stood at step " + state.sequence());
		}
		Frame frame = state.current().orElseThrow();
		if (!frame.flow().key().equals(step.flowKey()) || !frame.step().key().equals(step.stepKey())) {
			throw new RecordMismatch(step.sequence(), "recorded for " + step.flowKey() + "/" + step.stepKey()
					+ " but the run stood at " + frame.flow().key() + "/" + frame.step().key());
		}
		if (step.back()) {
			if (state.previous() == null) {
				throw new RecordMismatch(step.sequence(), "went back from the first step");
			}
			return wentBack(state);
		}
		Map<String, String> entered = accepted(frame.step(), step.values());
		Frame answered = frame.with(merged(frame.values(), entered));
		Target target = step.next() != null ? step.next() : next(answered);
		PublishedFlow callee = null;
		if (target.type() == Target.Type.CALL) {
			if (step.calledVersionId() == null) {
				throw new RecordMismatch(step.sequence(), "called " + target.flow() + " without a recorded version");
			}
			callee = flows.version(step.calledVersionId());
			if (!callee.key().equals(target.flow()) || callee.document().steps().isEmpty()) {
				throw new RecordMismatch(step.sequence(),
						"called " + target.flow() + " but version " + step.calledVersionId() + " is " + callee.key());
			}
		}
		if (!leadsSomewhere(state, frame, target)) {
			throw new RecordMismatch(step.sequence(),
					"leads to " + target + ", which " + frame.flow().key() + " does not have");
		}
		return follow(state, answered, entered, target, callee);
	}

	/**
	 * Which branch of its decision a submission of {@code entered} on {@code step} takes:
	 * the number of the first rule that holds (from 1), or 0 for "otherwise" or the next
	 * step. Only for a designer's test-run; a session stores where the step led.
	 */
	public static int branch(StepDefinition step, Map<String, String> frameValues, Map<String, String> entered) {
		if (step.decision() == null) {
			return 0;
		}
		Map<String, String> values = merged(frameValues, accepted(step, entered));
		List<Decision.Rule> rules = step.decision().rules();
		for (int r = 0; r < rules.size(); r++) {
			if (holds(rules.get(r).when(), values)) {
				return r + 1;
			}
		}
		return 0;
	}

	private static Map<String, String> merged(Map<String, String> values, Map<String, String> entered) {
		Map<String, String> merged = new HashMap<>(values);
		merged.putAll(entered);
		return merged;
	}

	/**
	 * The step's entered values as the run keeps them: its inputs' values, trimmed,
	 * blanks left out.
	 */
	private static Map<String, String> accepted(StepDefinition step, Map<String, String> entered) {
		Map<String, String> values = new LinkedHashMap<>();
		for (InputDefinition input : step.inputs()) {
			String value = entered.get(input.key());
			if (value != null && !value.isBlank()) {
				values.put(input.key(), value.trim());
			}
		}
		return values;
	}

	private static RunState wentBack(RunState state) {
		RunState previous = state.previous();
		List<HistoryEntry> history = new ArrayList<>(state.history());
		Frame at = state.current().orElseThrow();
		history.add(new HistoryEntry(state.sequence(), Kind.WENT_BACK, at.flow().key(), at.step().key(), Map.of()));
		return new RunState(previous.stack(), state.sequence() + 1, null, previous.previous(), history,
				previous.context());
	}

	private static RunState follow(RunState before, Frame answered, Map<String, String> entered, Target target,
			PublishedFlow callee) {
		StepDefinition step = answered.step();
		List<HistoryEntry> history = new ArrayList<>(before.history());
		history.add(new HistoryEntry(before.sequence(), Kind.SUBMITTED, answered.flow().key(), step.key(), entered));
		Map<CustomerField, String> context = captured(before.context(), step, entered);
		List<Frame> stack = new ArrayList<>(before.stack());
		stack.set(stack.size() - 1, answered);
		int sequence = before.sequence() + 1;
		switch (target.type()) {
			case STEP -> stack.set(stack.size() - 1, answered.at(index(answered.flow(), target.step())));
			case CALL -> {
				history.add(new HistoryEntry(before.sequence(), Kind.CALLED, callee.key(), null, Map.of()));
				stack.add(new Frame(callee.document(), callee.versionId(), 0, Map.of(), target.returnTo()));
			}
			case END -> {
				if (target.outcome() != Target.Outcome.COMPLETED || stack.size() == 1) {
					history.add(new HistoryEntry(before.sequence(), Kind.ENDED, answered.flow().key(), null,
							Map.of("outcome", target.outcome().name())));
					return new RunState(List.of(), sequence, target.outcome(), before, history, context);
				}
				returned(stack, history, before.sequence());
			}
			default -> throw new IllegalStateException("unknown target " + target.type());
		}
		passOverStandaloneSteps(stack, history, before.sequence());
		return new RunState(stack, sequence, null, before, history, context);
	}

	/**
	 * The called flow on top of the stack completed: its caller goes on where the call
	 * said.
	 */
	private static void returned(List<Frame> stack, List<HistoryEntry> history, int sequence) {
		Frame finished = stack.remove(stack.size() - 1);
		Frame caller = stack.get(stack.size() - 1);
		history.add(new HistoryEntry(sequence, Kind.RETURNED, finished.flow().key(), null, Map.of()));
		stack.set(stack.size() - 1, caller.at(index(caller.flow(), finished.returnTo())));
	}

	/**
	 * In a called flow, steps marked to run only when the flow is started on its own (its
	 * greeting, 其他需求, farewell) are passed over: the run goes on to the next step in
	 * order, and past the last one back to the caller. The validator keeps such steps
	 * free of inputs and decisions, so nothing is lost.
	 */
	private static void passOverStandaloneSteps(List<Frame> stack, List<HistoryEntry> history, int sequence) {
		while (stack.size() > 1 && stack.get(stack.size() - 1).step().standaloneOnly()) {
			Frame called = stack.get(stack.size() - 1);
			if (called.stepIndex() + 1 < called.flow().steps().size()) {
				stack.set(stack.size() - 1, called.at(called.stepIndex() + 1));
			}
			else {
				returned(stack, history, sequence);
			}
		}
	}

	/**
	 * The context with what the step's bound inputs captured; the same map when the step
	 * captured nothing (most steps bind no input).
	 */
	private static Map<CustomerField, String> captured(Map<CustomerField, String> context, StepDefinition step,
			Map<String, String> entered) {
		Map<CustomerField, String> next = null;
		for (InputDefinition input : step.inputs()) {
			CustomerField field = input.context();
			String value = field != null && field.fits(input)
					? field.fromInput(input, entered.get(input.key())).orElse(null) : null;
			if (value != null) {
				if (next == null) {
					next = new EnumMap<>(CustomerField.class);
					next.putAll(context);
				}
				next.put(field, value);
			}
		}
		return next == null ? context : next;
	}

	/** Whether the target names only steps the flows on the stack have. */
	private static boolean leadsSomewhere(RunState state, Frame frame, Target target) {
		return switch (target.type()) {
			case STEP -> frame.flow().step(target.step()).isPresent();
			case CALL -> target.returnTo() != null && frame.flow().step(target.returnTo()).isPresent();
			case END ->
				target.outcome() != null && (target.outcome() != Target.Outcome.COMPLETED || state.stack().size() == 1
						|| state.stack().get(state.stack().size() - 2).flow().step(frame.returnTo()).isPresent());
		};
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
		return ConditionCheck.holds(when, values);
	}

	private List<FieldError> check(StepDefinition step, Answers answers) {
		List<FieldError> errors = new ArrayList<>();
		for (InputDefinition input : step.inputs()) {
			inputs.problem(input, answers.values().get(input.key()))
				.ifPresent(message -> errors.add(new FieldError(input.key(), message)));
		}
		List<ChecklistItem> items = step.checklist();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).mandatory() && !answers.checked().contains(i)) {
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
		throw new IllegalStateException(
				"flow " + flow.key() + " has no step " + stepKey + "; published flows are validated, so this is a bug");
	}

	private static Refused refused(String field, String messageKey) {
		return new Refused(List.of(new FieldError(field, messageKey)));
	}

}
