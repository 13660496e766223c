package com.hallflow.flowexecution;

import com.hallflow.flowdesign.FlowPaths;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowexecution.engine.Answers;
import com.hallflow.flowexecution.engine.InputRules;
import com.hallflow.flowexecution.engine.RunEngine;
import com.hallflow.flowexecution.engine.RunState;
import com.hallflow.flowexecution.engine.StepResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A test-run of a draft by head office: the run engine the counter uses, on the draft's
 * document, with calls into the published flows, held in memory only. Nothing is stored —
 * no session, no record, no receipt number, no quota, no figure. It remembers the legs
 * the run took in the draft itself, so the designer's path list can tick the path.
 */
public final class DraftTrial {

	private final RunEngine engine;

	private final String flowKey;

	private RunState state;

	private List<FlowPaths.Leg> legs = new ArrayList<>();

	private final Deque<List<FlowPaths.Leg>> earlier = new ArrayDeque<>();

	DraftTrial(RunEngine engine, PublishedFlow draft) {
		this.engine = engine;
		this.flowKey = draft.key();
		this.state = RunEngine.start(draft);
	}

	public String flowKey() {
		return flowKey;
	}

	public boolean ended() {
		return state.ended();
	}

	/** How the run ended, or null while it runs. */
	public Target.Outcome outcome() {
		return state.outcome();
	}

	public Optional<StepDefinition> step() {
		return state.currentStep();
	}

	/** The names of the flows from the draft to the one running now, e.g. 套餐变更 › 缴费. */
	public List<String> breadcrumb() {
		return state.breadcrumb();
	}

	/**
	 * The values entered so far in the flow running now, for its script's placeholders.
	 */
	public Map<String, String> values() {
		return state.current().map(f -> f.values()).orElse(Map.of());
	}

	/** Whether the run can go back from here. */
	public boolean canGoBack() {
		return state.previous() != null && !state.ended();
	}

	/** The legs the run took in the draft itself, calls as one leg each. */
	public List<FlowPaths.Leg> legs() {
		return List.copyOf(legs);
	}

	/**
	 * Submits the step as the counter does; {@code signed} names the signature inputs the
	 * customer signed. Returns why it was refused, or nothing when the run moved on.
	 */
	public List<FieldError> submit(Map<String, String> values, Set<Integer> checked, Set<String> signed) {
		StepDefinition step = state.currentStep().orElseThrow();
		Map<String, String> all = new HashMap<>(InputRules.normalised(step, values));
		signed.forEach(key -> all.put(key, InputRules.SIGNED_ON_PAD));
		boolean inDraft = state.stack().size() == 1;
		int branch = RunEngine.branch(step, values(), all);
		StepResult result = engine.submit(state, new Answers(state.sequence(), all, checked));
		if (result instanceof StepResult.Refused refused) {
			return refused.errors();
		}
		StepResult.Moved moved = (StepResult.Moved) result;
		earlier.push(List.copyOf(legs));
		if (inDraft) {
			legs.add(new FlowPaths.Leg(step.key(), branch, moved.taken(), null));
		}
		else if (moved.state().ended() && moved.state().outcome() != Target.Outcome.COMPLETED && !legs.isEmpty()) {
			FlowPaths.Leg call = legs.remove(legs.size() - 1);
			legs.add(new FlowPaths.Leg(call.stepKey(), call.branch(), call.taken(), moved.state().outcome()));
		}
		state = moved.state();
		return List.of();
	}

	/** Goes back a step, as the counter does; returns why not, or nothing. */
	public List<FieldError> back() {
		StepResult result = RunEngine.back(state);
		if (result instanceof StepResult.Refused refused) {
			return refused.errors();
		}
		state = ((StepResult.Moved) result).state();
		legs = new ArrayList<>(earlier.isEmpty() ? List.of() : earlier.pop());
		return List.of();
	}

}
