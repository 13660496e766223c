package com.hallflow.flowdesign;

import com.hallflow.flowdesign.Decision.Condition;
import com.hallflow.flowdesign.Decision.Operator;
import com.hallflow.flowdesign.Decision.Rule;
import com.hallflow.flowdesign.ValidationIssue.Severity;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validator's checks of a decision's conditions, in the designer's words: a test
 * whose value can never match its input, an input the run cannot have answered when the
 * decision is taken, and a rule that never gets its turn because an earlier rule holds
 * whenever it does. Messages name the rule by its number and the input by its question.
 */
final class RuleChecks {

	private final List<StepDefinition> steps;

	private final List<Set<Integer>> next;

	private final Map<String, InputDefinition> inputs = new HashMap<>();

	private final Map<String, Integer> inputStep = new HashMap<>();

	private final Map<Integer, BitSet> reachCache = new HashMap<>();

	/**
	 * @param next the steps each step can lead to, {@code steps.size()} for the end
	 */
	RuleChecks(List<StepDefinition> steps, List<Set<Integer>> next) {
		this.steps = steps;
		this.next = next;
		for (int i = 0; i < steps.size(); i++) {
			for (InputDefinition input : steps.get(i).inputs()) {
				if (input.key() != null) {
					inputs.putIfAbsent(input.key(), input);
					inputStep.putIfAbsent(input.key(), i);
				}
			}
		}
	}

	void check(int stepIndex, List<ValidationIssue> issues) {
		StepDefinition step = steps.get(stepIndex);
		List<Rule> rules = step.decision().rules();
		for (int r = 0; r < rules.size(); r++) {
			Condition when = rules.get(r).when();
			String number = Integer.toString(r + 1);
			if (when == null) {
				issues.add(error(step, ValidationCode.INCOMPLETE_CONDITION));
				continue;
			}
			checkCondition(stepIndex, number, when, issues);
			for (int earlier = 0; earlier < r; earlier++) {
				if (rules.get(earlier).when() != null && covers(rules.get(earlier).when(), when)) {
					issues.add(error(step, ValidationCode.RULE_NEVER_USED, number, Integer.toString(earlier + 1)));
					break;
				}
			}
		}
	}

	private void checkCondition(int stepIndex, String number, Condition when, List<ValidationIssue> issues) {
		StepDefinition step = steps.get(stepIndex);
		if (when.isGroup()) {
			for (Condition member : when.members()) {
				checkCondition(stepIndex, number, member, issues);
			}
			return;
		}
		if (when.input() == null || when.operator() == null) {
			issues.add(error(step, ValidationCode.INCOMPLETE_CONDITION));
			return;
		}
		InputDefinition input = inputs.get(when.input());
		if (input == null) {
			issues.add(error(step, ValidationCode.UNKNOWN_INPUT, when.input()));
			return;
		}
		String label = input.label() == null || input.label().isBlank() ? input.key() : input.label();
		if (input.type() != null) {
			ConditionRules.problem(input, when)
				.ifPresent(code -> issues.add(error(step, code, number, label,
						when.valueText() == null ? "" : when.valueText(), String.join("、", input.options()))));
		}
		int askedAt = inputStep.get(when.input());
		if (askedAt != stepIndex && !reach(askedAt).get(stepIndex)) {
			issues.add(error(step, ValidationCode.INPUT_NOT_YET_ANSWERED, number, label,
					titleOf(steps.get(askedAt), askedAt)));
		}
	}

	/**
	 * Whether {@code earlier} holds whenever {@code later} does (a sure sign, not every
	 * case).
	 */
	static boolean covers(Condition earlier, Condition later) {
		if (earlier.equals(later)) {
			return true;
		}
		if (!later.all().isEmpty() && later.all().stream().anyMatch(m -> covers(earlier, m))) {
			return true;
		}
		if (!earlier.any().isEmpty() && earlier.any().stream().anyMatch(m -> covers(m, later))) {
			return true;
		}
		return !earlier.isGroup() && !later.isGroup() && earlier.input() != null
				&& earlier.input().equals(later.input()) && earlier.operator() == Operator.ANSWERED
				&& later.operator() != null && later.operator().needsValue() && later.operator() != Operator.NOT_EQUALS;
	}

	/** The steps a run can come to after {@code from}. */
	private BitSet reach(int from) {
		return reachCache.computeIfAbsent(from, f -> {
			BitSet seen = new BitSet();
			Deque<Integer> queue = new ArrayDeque<>(List.of(f));
			while (!queue.isEmpty()) {
				for (int n : next.get(queue.poll())) {
					if (n < steps.size() && !seen.get(n)) {
						seen.set(n);
						queue.add(n);
					}
				}
			}
			return seen;
		});
	}

	static String titleOf(StepDefinition step, int index) {
		return step.title() == null || step.title().isBlank() ? "#" + (index + 1) : step.title();
	}

	private static ValidationIssue error(StepDefinition step, ValidationCode code, String... args) {
		return new ValidationIssue(Severity.ERROR, step.key(), code, List.of(args));
	}

}
