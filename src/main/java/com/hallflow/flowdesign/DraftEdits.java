package com.hallflow.flowdesign;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Edits of a whole draft that keep it consistent: renaming a step's key renames every
 * branch that leads to it, and before a step is deleted the designer sees what leads to
 * it and may send those branches elsewhere. The diagram's edits are here too: a step put
 * into a branch, a branch sent to another step or end; each keeps every other way through
 * the flow as it was.
 */
public final class DraftEdits {

	/** Where a branch leads to a step: the step it belongs to and which branch. */
	public record Reference(String fromStepKey, String fromStepTitle, int rule, boolean returnTo) {

		/** A rule number from 1, or 0 for the decision's "otherwise". */
		public boolean otherwise() {
			return rule == 0;
		}

	}

	/**
	 * One way out of a step, as the diagram draws it: from the start to the first step,
	 * on to the next step in order, a decision's rule (numbered from 1) or its
	 * "otherwise".
	 */
	public record Branch(Kind kind, String fromStepKey, int rule) {

		public enum Kind {

			START, NEXT, RULE, OTHERWISE

		}

		public static Branch start() {
			return new Branch(Kind.START, null, 0);
		}

		public static Branch next(String fromStepKey) {
			return new Branch(Kind.NEXT, fromStepKey, 0);
		}

		public static Branch rule(String fromStepKey, int rule) {
			return new Branch(Kind.RULE, fromStepKey, rule);
		}

		public static Branch otherwise(String fromStepKey) {
			return new Branch(Kind.OTHERWISE, fromStepKey, 0);
		}

	}

	private DraftEdits() {
	}

	/**
	 * The draft with {@code step} put into {@code branch}: what the branch led to now
	 * follows the new step, and no other way through the flow changes. On the way to the
	 * next step in order the new step goes between the two; on a rule or an "otherwise"
	 * the new step goes on explicitly to where the branch led, and takes a place in the
	 * list where no step runs on into it. Unchanged when the branch does not exist.
	 */
	public static FlowDocument insertInto(FlowDocument draft, Branch branch, StepDefinition step) {
		List<StepDefinition> steps = new ArrayList<>(draft.steps());
		if (branch.kind() == Branch.Kind.START) {
			steps.add(0, step);
			return draft.withSteps(steps);
		}
		int from = indexOf(steps, branch.fromStepKey());
		if (from < 0) {
			return draft;
		}
		if (branch.kind() == Branch.Kind.NEXT) {
			if (runsOn(steps.get(from))) {
				steps.add(from + 1, step);
				return draft.withSteps(steps);
			}
			return draft;
		}
		Target led = target(steps.get(from), branch);
		if (led == null) {
			return draft;
		}
		Decision own = step.decision();
		StepDefinition inserted = own != null && own.otherwise() != null ? step
				: step.withDecision(new Decision(own == null ? List.of() : own.rules(), led));
		steps.set(from, withTarget(steps.get(from), branch, Target.step(step.key())));
		int at = from + 1;
		while (at <= steps.size() && runsOn(steps.get(at - 1))) {
			at++;
		}
		if (at > steps.size()) {
			// every step runs on into the next: the last one now says where it ends
			int last = steps.size() - 1;
			StepDefinition end = steps.get(last);
			steps.set(last, end.withDecision(new Decision(end.decision() == null ? List.of() : end.decision().rules(),
					Target.end(Target.Outcome.COMPLETED))));
			at = steps.size();
		}
		steps.add(at, inserted);
		return draft.withSteps(steps);
	}

	/**
	 * The draft with {@code branch} leading to {@code to}; the way on to the next step in
	 * order becomes the decision's "otherwise". Unchanged for the start or a branch that
	 * does not exist.
	 */
	public static FlowDocument redirect(FlowDocument draft, Branch branch, Target to) {
		int from = indexOf(draft.steps(), branch.fromStepKey());
		if (branch.kind() == Branch.Kind.START || from < 0 || to == null
				|| (branch.kind() != Branch.Kind.NEXT && target(draft.steps().get(from), branch) == null)) {
			return draft;
		}
		List<StepDefinition> steps = new ArrayList<>(draft.steps());
		steps.set(from, withTarget(steps.get(from), branch, to));
		return draft.withSteps(steps);
	}

	/** Whether the step goes on to the next step in order when no rule holds. */
	private static boolean runsOn(StepDefinition step) {
		return step.decision() == null || step.decision().otherwise() == null;
	}

	private static int indexOf(List<StepDefinition> steps, String key) {
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).key() != null && steps.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

	private static Target target(StepDefinition step, Branch branch) {
		Decision decision = step.decision();
		if (decision == null) {
			return null;
		}
		if (branch.kind() == Branch.Kind.OTHERWISE) {
			return decision.otherwise();
		}
		return branch.rule() >= 1 && branch.rule() <= decision.rules().size()
				? decision.rules().get(branch.rule() - 1).then() : null;
	}

	private static StepDefinition withTarget(StepDefinition step, Branch branch, Target to) {
		Decision decision = step.decision() == null ? new Decision(List.of(), null) : step.decision();
		if (branch.kind() == Branch.Kind.RULE) {
			List<Decision.Rule> rules = new ArrayList<>(decision.rules());
			rules.set(branch.rule() - 1, new Decision.Rule(rules.get(branch.rule() - 1).when(), to));
			return step.withDecision(new Decision(rules, decision.otherwise()));
		}
		return step.withDecision(new Decision(decision.rules(), to));
	}

	/**
	 * The draft with step {@code oldKey} called {@code newKey} and every branch and
	 * return that led to it leading to it still. Unchanged when either key is blank or
	 * the new key is taken by another step (the validator then names the duplicate).
	 */
	public static FlowDocument renameStep(FlowDocument draft, String oldKey, String newKey) {
		if (oldKey == null || oldKey.isBlank() || newKey == null || newKey.isBlank() || oldKey.equals(newKey)
				|| draft.step(newKey).isPresent()) {
			return draft;
		}
		FlowDocument renamed = draft.withSteps(draft.steps()
			.stream()
			.map(s -> oldKey.equals(s.key()) ? s.withIdentity(newKey, s.title()) : s)
			.toList());
		return retarget(renamed, oldKey, newKey);
	}

	/** Every branch and return that leads to {@code stepKey}, in step order. */
	public static List<Reference> references(FlowDocument draft, String stepKey) {
		List<Reference> found = new ArrayList<>();
		for (int i = 0; i < draft.steps().size(); i++) {
			StepDefinition step = draft.steps().get(i);
			Decision decision = step.decision();
			if (decision == null) {
				continue;
			}
			String title = RuleChecks.titleOf(step, i);
			for (int r = 0; r < decision.rules().size(); r++) {
				addIfLeads(found, step, title, r + 1, decision.rules().get(r).then(), stepKey);
			}
			addIfLeads(found, step, title, 0, decision.otherwise(), stepKey);
		}
		return found;
	}

	/**
	 * The draft with every branch and return to {@code fromKey} leading to {@code toKey}.
	 */
	public static FlowDocument retarget(FlowDocument draft, String fromKey, String toKey) {
		UnaryOperator<Target> move = t -> t == null ? null
				: new Target(t.type(), fromKey.equals(t.step()) ? toKey : t.step(), t.flow(),
						fromKey.equals(t.returnTo()) ? toKey : t.returnTo(), t.outcome());
		List<StepDefinition> steps = new ArrayList<>();
		for (StepDefinition step : draft.steps()) {
			StepDefinition renamed = step;
			Decision decision = renamed.decision();
			if (decision != null) {
				renamed = renamed.withDecision(new Decision(
						decision.rules().stream().map(r -> new Decision.Rule(r.when(), move.apply(r.then()))).toList(),
						move.apply(decision.otherwise())));
			}
			steps.add(renamed);
		}
		return draft.withSteps(steps);
	}

	private static void addIfLeads(List<Reference> found, StepDefinition step, String title, int rule, Target target,
			String stepKey) {
		if (target == null) {
			return;
		}
		if (stepKey.equals(target.step()) && target.type() == Target.Type.STEP) {
			found.add(new Reference(step.key(), title, rule, false));
		}
		if (stepKey.equals(target.returnTo()) && target.type() == Target.Type.CALL) {
			found.add(new Reference(step.key(), title, rule, true));
		}
	}

}
