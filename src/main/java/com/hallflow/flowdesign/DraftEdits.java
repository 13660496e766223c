package com.hallflow.flowdesign;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Edits of a whole draft that keep it consistent: renaming a step's key renames every
 * branch that leads to it, and before a step is deleted the designer sees what leads to
 * it and may send those branches elsewhere.
 */
public final class DraftEdits {

	/** Where a branch leads to a step: the step it belongs to and which branch. */
	public record Reference(String fromStepKey, String fromStepTitle, int rule, boolean returnTo) {

		/** A rule number from 1, or 0 for the decision's "otherwise". */
		public boolean otherwise() {
			return rule == 0;
		}

	}

	private DraftEdits() {
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
			String title = step.title() == null || step.title().isBlank() ? "#" + (i + 1) : step.title();
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
