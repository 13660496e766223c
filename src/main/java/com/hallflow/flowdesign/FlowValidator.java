package com.hallflow.flowdesign;

import com.hallflow.base.Money;
import com.hallflow.flowdesign.Decision.Rule;
import com.hallflow.flowdesign.ValidationIssue.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a flow definition. Pure: everything it needs about other flows comes in as
 * {@code publishedCalls} (for each published flow key, the flow keys its latest version
 * calls). Errors block publishing; warnings do not. Never throws on any document.
 */
public final class FlowValidator {

	private final Map<String, Set<String>> publishedCalls;

	public FlowValidator(Map<String, Set<String>> publishedCalls) {
		this.publishedCalls = Map.copyOf(publishedCalls);
	}

	public List<ValidationIssue> validate(FlowDocument flow) {
		List<ValidationIssue> issues = new ArrayList<>();
		List<StepDefinition> steps = flow.steps();
		FlowTexts.problems(flow).forEach(f -> issues.add(f.issue(f.step() < 0 ? null : steps.get(f.step()).key())));
		if (steps.isEmpty()) {
			issues.add(error(null, ValidationCode.NO_STEPS));
			return issues;
		}
		Map<String, Integer> index = stepIndex(steps, issues);
		Set<String> inputKeys = inputKeys(steps, issues);
		List<Set<Integer>> next = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			next.add(successors(steps, i, index));
		}
		RuleChecks rules = new RuleChecks(steps, next);
		for (int i = 0; i < steps.size(); i++) {
			StepDefinition step = steps.get(i);
			checkContent(step, inputKeys, issues);
			if (step.decision() != null) {
				rules.check(i, issues);
				checkTargets(flow, step, index, issues);
			}
		}
		checkPaths(steps, next, issues);
		Map<String, String> titles = new HashMap<>();
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).key() != null) {
				titles.putIfAbsent(steps.get(i).key(), RuleChecks.titleOf(steps.get(i), i));
			}
		}
		return issues.stream().map(i -> i.stepKey() == null ? i : i.withStepTitle(titles.get(i.stepKey()))).toList();
	}

	private static Map<String, Integer> stepIndex(List<StepDefinition> steps, List<ValidationIssue> issues) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < steps.size(); i++) {
			String key = steps.get(i).key();
			if (key == null || key.isBlank()) {
				issues.add(error(null, ValidationCode.STEP_WITHOUT_KEY, Integer.toString(i + 1)));
			}
			else if (index.putIfAbsent(key, i) != null) {
				issues.add(error(key, ValidationCode.DUPLICATE_STEP_KEY, key));
			}
			else if (!StepDefinition.KEY_PATTERN.matcher(key).matches()) {
				issues.add(error(key, ValidationCode.STEP_KEY_INVALID, key));
			}
		}
		return index;
	}

	private static Set<String> inputKeys(List<StepDefinition> steps, List<ValidationIssue> issues) {
		Set<String> keys = new HashSet<>();
		for (StepDefinition step : steps) {
			for (InputDefinition input : step.inputs()) {
				if (input.key() == null || input.key().isBlank()) {
					issues.add(error(step.key(), ValidationCode.INPUT_WITHOUT_KEY));
				}
				else if (!keys.add(input.key())) {
					issues.add(error(step.key(), ValidationCode.DUPLICATE_INPUT_KEY, input.key()));
				}
				else if (!InputDefinition.KEY_PATTERN.matcher(input.key()).matches()) {
					issues.add(error(step.key(), ValidationCode.INPUT_KEY_INVALID, input.key()));
				}
			}
		}
		return keys;
	}

	private static void checkContent(StepDefinition step, Set<String> inputKeys, List<ValidationIssue> issues) {
		if ((step.script() == null || step.script().isBlank()) && step.scriptRef() == null) {
			issues.add(warning(step.key(), ValidationCode.EMPTY_SCRIPT));
		}
		if (step.title() == null || step.title().isBlank()) {
			issues.add(warning(step.key(), ValidationCode.NO_TITLE));
		}
		for (String fragment : Placeholders.malformed(step.script())) {
			issues.add(error(step.key(), ValidationCode.PLACEHOLDER_MALFORMED, fragment));
		}
		for (String name : Placeholders.in(step.script())) {
			if (!Placeholders.isKnown(name, inputKeys)) {
				issues.add(error(step.key(), ValidationCode.UNKNOWN_PLACEHOLDER, "{" + name + "}"));
			}
		}
		for (InputDefinition input : step.inputs()) {
			if (input.type() == null) {
				issues.add(error(step.key(), ValidationCode.INPUT_WITHOUT_TYPE, String.valueOf(input.key())));
			}
			else if (input.type() == InputType.CHOICE && input.options().isEmpty()) {
				issues.add(error(step.key(), ValidationCode.CHOICE_WITHOUT_OPTIONS, named(input)));
			}
			else if (input.type() == InputType.SIGNATURE && input.parties().isEmpty()) {
				issues.add(error(step.key(), ValidationCode.SIGNATURE_WITHOUT_PARTIES, named(input)));
			}
			else if (input.maxAmount() != null
					&& (input.maxAmount().signum() <= 0 || input.maxAmount().compareTo(Money.LIMIT) > 0
							|| input.maxAmount().stripTrailingZeros().scale() > Money.DECIMALS)) {
				issues
					.add(error(step.key(), ValidationCode.MAX_AMOUNT_INVALID, named(input), Money.format(Money.LIMIT)));
			}
			if (input.context() != null && !input.context().fits(input)) {
				issues.add(error(step.key(), input.context() == CustomerField.GRADE && input.type() == InputType.CHOICE
						? ValidationCode.GRADE_OPTIONS : ValidationCode.CONTEXT_TYPE, named(input)));
			}
		}
		if (step.standaloneOnly() && (!step.inputs().isEmpty() || step.decision() != null || step.mandatory())) {
			issues.add(error(step.key(), ValidationCode.STANDALONE_STEP_NOT_PLAIN));
		}
		// a region may hide an optional step, and never one that is or holds something
		// locked
		if (step.optional() && step.holdsLocked()) {
			issues.add(error(step.key(), ValidationCode.LOCKED_AND_OPTIONAL));
		}
		for (ChecklistItem item : step.checklist()) {
			if (item.text() == null || item.text().isBlank()) {
				issues.add(error(step.key(), ValidationCode.EMPTY_CHECKLIST_ITEM));
			}
		}
		if (step.maxOffers() != null && (step.maxOffers() < 1 || step.maxOffers() > StepDefinition.MOST_OFFERS)) {
			issues
				.add(error(step.key(), ValidationCode.MAX_OFFERS_RANGE, Integer.toString(StepDefinition.MOST_OFFERS)));
		}
	}

	private void checkTargets(FlowDocument flow, StepDefinition step, Map<String, Integer> index,
			List<ValidationIssue> issues) {
		for (Rule rule : step.decision().rules()) {
			checkTarget(flow, step, rule.then(), index, issues);
		}
		if (step.decision().otherwise() != null) {
			checkTarget(flow, step, step.decision().otherwise(), index, issues);
		}
	}

	private void checkTarget(FlowDocument flow, StepDefinition step, Target target, Map<String, Integer> index,
			List<ValidationIssue> issues) {
		if (target == null || target.type() == null) {
			issues.add(error(step.key(), ValidationCode.INCOMPLETE_TARGET));
			return;
		}
		switch (target.type()) {
			case STEP -> {
				if (target.step() == null) {
					issues.add(error(step.key(), ValidationCode.TARGET_STEP_NOT_CHOSEN));
				}
				else if (!index.containsKey(target.step())) {
					issues.add(error(step.key(), ValidationCode.MISSING_STEP, target.step()));
				}
			}
			case CALL -> {
				if (target.returnTo() == null) {
					issues.add(error(step.key(), ValidationCode.RETURN_STEP_NOT_CHOSEN));
				}
				else if (!index.containsKey(target.returnTo())) {
					issues.add(error(step.key(), ValidationCode.MISSING_RETURN_STEP, target.returnTo()));
				}
				if (target.flow() == null) {
					issues.add(error(step.key(), ValidationCode.CALLED_FLOW_NOT_CHOSEN));
				}
				else if (target.flow().equals(flow.key())) {
					issues.add(error(step.key(), ValidationCode.CALLS_ITSELF, flow.name()));
				}
				else if (!publishedCalls.containsKey(target.flow())) {
					issues.add(error(step.key(), ValidationCode.UNKNOWN_FLOW, target.flow()));
				}
				else {
					List<String> cycle = callCycle(flow.key(), target.flow());
					if (!cycle.isEmpty()) {
						issues.add(error(step.key(), ValidationCode.CALL_CYCLE, String.join(" → ", cycle)));
					}
				}
			}
			case END -> {
				if (target.outcome() == null) {
					issues.add(error(step.key(), ValidationCode.INCOMPLETE_TARGET));
				}
			}
		}
	}

	/**
	 * A path of calls from {@code callee} back to {@code caller}, starting with the
	 * caller; empty if none.
	 */
	private List<String> callCycle(String caller, String callee) {
		Map<String, String> cameFrom = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of(callee));
		cameFrom.put(callee, caller);
		while (!queue.isEmpty()) {
			String current = queue.poll();
			for (String next : publishedCalls.getOrDefault(current, Set.of())) {
				if (next.equals(caller)) {
					List<String> path = new ArrayList<>(List.of(caller));
					for (String at = current; !at.equals(caller); at = cameFrom.get(at)) {
						path.add(1, at);
					}
					path.add(caller);
					return path;
				}
				if (cameFrom.putIfAbsent(next, current) == null) {
					queue.add(next);
				}
			}
		}
		return List.of();
	}

	/**
	 * Unreachable steps, mandatory steps that can never be reached, and loops with no way
	 * out.
	 */
	private static void checkPaths(List<StepDefinition> steps, List<Set<Integer>> next, List<ValidationIssue> issues) {
		int end = steps.size();
		BitSet reachable = new BitSet();
		Deque<Integer> queue = new ArrayDeque<>(List.of(0));
		reachable.set(0);
		while (!queue.isEmpty()) {
			for (int n : next.get(queue.poll())) {
				if (n != end && !reachable.get(n)) {
					reachable.set(n);
					queue.add(n);
				}
			}
		}
		BitSet reachesEnd = new BitSet();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int i = 0; i < steps.size(); i++) {
				if (!reachesEnd.get(i) && next.get(i).stream().anyMatch(n -> n == end || reachesEnd.get(n))) {
					reachesEnd.set(i);
					changed = true;
				}
			}
		}
		for (int i = 0; i < steps.size(); i++) {
			StepDefinition step = steps.get(i);
			if (!reachable.get(i)) {
				if (step.mandatory() && step.hasSignature()) {
					issues.add(error(step.key(), ValidationCode.MANDATORY_SIGNATURE_AFTER_END));
				}
				else if (step.mandatory()) {
					issues.add(error(step.key(), ValidationCode.MANDATORY_UNREACHABLE));
				}
				else {
					issues.add(warning(step.key(), ValidationCode.UNREACHABLE));
				}
			}
			else if (!reachesEnd.get(i)) {
				issues.add(error(step.key(), ValidationCode.NO_WAY_OUT));
			}
			if (reachable.get(i)) {
				for (int n : next.get(i)) {
					if (n != end && n <= i) {
						issues.add(warning(step.key(), ValidationCode.LOOPS_BACK, RuleChecks.titleOf(step, i),
								RuleChecks.titleOf(steps.get(n), n)));
					}
				}
			}
		}
		if (!steps.isEmpty() && reachable.stream().noneMatch(i -> completes(steps, i))) {
			issues.add(warning(null, ValidationCode.NEVER_COMPLETES));
		}
	}

	/**
	 * Whether a step can end the run as completed (its last way on, or an end it names).
	 */
	private static boolean completes(List<StepDefinition> steps, int i) {
		Decision decision = steps.get(i).decision();
		boolean last = i == steps.size() - 1;
		if (decision == null) {
			return last;
		}
		return (decision.otherwise() == null && last)
				|| Stream.concat(decision.rules().stream().map(Rule::then), Stream.ofNullable(decision.otherwise()))
					.anyMatch(t -> t != null && t.type() == Target.Type.END && t.outcome() == Target.Outcome.COMPLETED);
	}

	/**
	 * Step indexes a step can lead to; {@code steps.size()} stands for the end of the
	 * run.
	 */
	static Set<Integer> successors(List<StepDefinition> steps, int i, Map<String, Integer> index) {
		int end = steps.size();
		Set<Integer> result = new LinkedHashSet<>();
		Decision decision = steps.get(i).decision();
		if (decision == null) {
			result.add(i + 1 < end ? i + 1 : end);
			return result;
		}
		for (Rule rule : decision.rules()) {
			addTarget(rule.then(), index, end, result);
		}
		if (decision.otherwise() == null) {
			result.add(i + 1 < end ? i + 1 : end);
		}
		else {
			addTarget(decision.otherwise(), index, end, result);
		}
		return result;
	}

	private static void addTarget(Target target, Map<String, Integer> index, int end, Set<Integer> result) {
		if (target == null || target.type() == null) {
			return;
		}
		switch (target.type()) {
			case STEP -> {
				if (target.step() != null && index.containsKey(target.step())) {
					result.add(index.get(target.step()));
				}
			}
			case CALL -> {
				if (target.returnTo() != null && index.containsKey(target.returnTo())) {
					result.add(index.get(target.returnTo()));
				}
			}
			case END -> result.add(end);
		}
	}

	private static ValidationIssue error(String step, ValidationCode code, String... args) {
		return new ValidationIssue(Severity.ERROR, step, code, List.of(args));
	}

	private static ValidationIssue warning(String step, ValidationCode code, String... args) {
		return new ValidationIssue(Severity.WARNING, step, code, List.of(args));
	}

	/** An input as the designer named it: its question, or its key when it has none. */
	private static String named(InputDefinition input) {
		return input.label() == null || input.label().isBlank() ? String.valueOf(input.key()) : input.label();
	}

}
