package com.hallflow.variant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.hallflow.base.Money;
import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.variant.OverlayProblem.Code;

/**
 * Lays a region's overlay on a flow (docs/architecture.md §14): a pure function of the
 * flow and the overlay, used alike by the editor, the validator, the rebase after head
 * office publishes and the counter's effective flow.
 *
 * <p>
 * Each change is applied in order to the flow as the changes before it left it. A change
 * that breaks a rule (head office's locks, optional steps and open places) or no longer
 * fits (a step gone, a replaced script head office changed) is left out and reported; the
 * others apply. What head office locked therefore survives every overlay: a locked step
 * is never removed, its script only grows, its checklist only gains items, its inputs and
 * decision stay; a region's step may only go on to the step it was inserted before or end
 * the run as declined or not eligible, so it never leads round a locked step.
 */
public final class OverlayMerge {

	private OverlayMerge() {
	}

	/**
	 * What laying one overlay gave.
	 *
	 * @param document the flow with every change that could be applied
	 * @param problems the changes left out, in order
	 * @param touched the changes applied, in order
	 */
	public record Applied(FlowDocument document, List<OverlayProblem> problems, List<Touched> touched) {

		public Applied {
			problems = List.copyOf(problems);
			touched = List.copyOf(touched);
		}

		/** Whether every change applied. */
		public boolean clean() {
			return problems.isEmpty();
		}

	}

	/** A change that applied: which one, what it did, to which step. */
	public record Touched(int index, OverlayChange.Op op, String stepKey) {
	}

	/** Lays {@code overlay} on {@code base}. */
	public static Applied apply(FlowDocument base, FlowOverlay overlay) {
		Work work = new Work(base);
		List<OverlayChange> changes = overlay.changes();
		for (int i = 0; i < changes.size(); i++) {
			work.apply(i, changes.get(i));
		}
		return new Applied(base.withSteps(work.steps), work.problems, work.touched);
	}

	/**
	 * The effective flow: {@code hq} with each overlay laid on what the ones before it
	 * left (the province's, then the city's).
	 */
	public static Composed compose(FlowDocument hq, List<FlowOverlay> overlays) {
		FlowDocument document = hq;
		List<Layered> touched = new ArrayList<>();
		List<Layered> problems = new ArrayList<>();
		for (FlowOverlay overlay : overlays) {
			Applied applied = apply(document, overlay);
			document = applied.document();
			applied.touched().forEach(t -> touched.add(new Layered(overlay.region(), t, null)));
			applied.problems().forEach(p -> problems.add(new Layered(overlay.region(), null, p)));
		}
		return new Composed(document, touched, problems);
	}

	/**
	 * The effective flow with what each region changed or could not change.
	 *
	 * @param touched the changes applied, each with the region whose overlay made it
	 * @param problems the changes left out, each with its region
	 */
	public record Composed(FlowDocument document, List<Layered> touched, List<Layered> problems) {

		public Composed {
			touched = List.copyOf(touched);
			problems = List.copyOf(problems);
		}

		/**
		 * The codes of the regions whose changes touch the step with this key, in order.
		 */
		public List<String> regionsTouching(String stepKey) {
			return touched.stream()
				.filter(l -> l.touched().stepKey().equals(stepKey))
				.map(Layered::region)
				.distinct()
				.toList();
		}

	}

	/** A change applied ({@code touched}) or left out ({@code problem}) by a region. */
	public record Layered(String region, Touched touched, OverlayProblem problem) {
	}

	/** The working copy of one overlay's application. */
	private static final class Work {

		private final List<StepDefinition> steps;

		private final Set<String> hidden = new HashSet<>();

		private final List<OverlayProblem> problems = new ArrayList<>();

		private final List<Touched> touched = new ArrayList<>();

		Work(FlowDocument base) {
			this.steps = new ArrayList<>(base.steps());
		}

		void apply(int index, OverlayChange change) {
			if (change == null || change.op() == null || blank(change.step())) {
				problems.add(new OverlayProblem(index, Code.INCOMPLETE, "", List.of()));
				return;
			}
			if (hidden.contains(change.step())) {
				problems.add(new OverlayProblem(index, Code.STEP_HIDDEN, change.step(), List.of()));
				return;
			}
			int at = indexOf(change.step());
			if (at < 0) {
				problems.add(new OverlayProblem(index, Code.STEP_GONE, change.step(), List.of()));
				return;
			}
			StepDefinition step = steps.get(at);
			Code refused = switch (change.op()) {
				case INSERT_BEFORE -> insert(at, step, change.insert());
				case REPLACE_SCRIPT -> replaceScript(at, step, change);
				case APPEND_SCRIPT -> appendScript(at, step, change.text());
				case ADD_CHECKLIST_ITEM -> addItem(at, step, change);
				case ADD_OPTION -> addOption(at, step, change);
				case SET_MONEY_LIMIT -> setLimit(at, step, change);
				case HIDE_STEP -> hide(at, step);
			};
			if (refused == null) {
				touched.add(new Touched(index, change.op(),
						change.op() == OverlayChange.Op.INSERT_BEFORE ? change.insert().key() : step.key()));
			}
			else {
				List<String> args = change.op() == OverlayChange.Op.INSERT_BEFORE && change.insert() != null
						&& change.insert().title() != null ? List.of(change.insert().title()) : List.of();
				problems.add(new OverlayProblem(index, refused, step.title(), args));
			}
		}

		private Code insert(int at, StepDefinition before, StepDefinition inserted) {
			if (!before.openBefore()) {
				return Code.NOT_OPEN;
			}
			if (inserted == null || blank(inserted.key()) || blank(inserted.title())) {
				return Code.INCOMPLETE;
			}
			if (inserted.locked() || inserted.optional() || inserted.openBefore()
					|| inserted.checklist().stream().anyMatch(ChecklistItem::locked)) {
				return Code.INSERT_MARKED;
			}
			if (indexOf(inserted.key()) >= 0 || hidden.contains(inserted.key()) || inputKeysClash(inserted)) {
				return Code.DUPLICATE_KEY;
			}
			if (!staysOnCourse(inserted.decision(), before.key())) {
				return Code.INSERT_BYPASSES;
			}
			redirect(before.key(), Target.step(inserted.key()), inserted.key());
			steps.add(at, inserted);
			return null;
		}

		private Code replaceScript(int at, StepDefinition step, OverlayChange change) {
			if (step.locked()) {
				return Code.LOCKED_SCRIPT_REPLACED;
			}
			if (blank(change.text())) {
				return Code.INCOMPLETE;
			}
			if (change.replaces() != null && !change.replaces().equals(orEmpty(step.script()))) {
				return Code.SCRIPT_CHANGED;
			}
			steps.set(at, step.withScript(null, change.text()));
			return null;
		}

		private Code appendScript(int at, StepDefinition step, String text) {
			if (blank(text)) {
				return Code.INCOMPLETE;
			}
			String script = step.script() == null || step.script().isEmpty() ? text : step.script() + "\n\n" + text;
			steps.set(at, step.withScript(step.scriptRef(), script));
			return null;
		}

		private Code addItem(int at, StepDefinition step, OverlayChange change) {
			if (blank(change.text())) {
				return Code.INCOMPLETE;
			}
			List<ChecklistItem> items = new ArrayList<>(step.checklist());
			items.add(new ChecklistItem(change.text(), Boolean.TRUE.equals(change.mandatory())));
			steps.set(at, step.withChecklist(items));
			return null;
		}

		private Code addOption(int at, StepDefinition step, OverlayChange change) {
			if (step.locked()) {
				return Code.LOCKED_OPTION_ADDED;
			}
			InputDefinition input = input(step, change.input());
			if (input == null) {
				return Code.INPUT_GONE;
			}
			if (input.type() != InputType.CHOICE) {
				return Code.NOT_A_CHOICE;
			}
			if (blank(change.text())) {
				return Code.INCOMPLETE;
			}
			if (input.options().contains(change.text())) {
				return Code.DUPLICATE_OPTION;
			}
			List<String> options = new ArrayList<>(input.options());
			options.add(change.text());
			InputDefinition widened = new InputDefinition(input.key(), input.label(), input.type(), input.required(),
					options, input.parties(), input.maxAmount(), input.refunds(), input.context());
			steps.set(at, step.withInputs(replaced(step, widened)));
			return null;
		}

		private Code setLimit(int at, StepDefinition step, OverlayChange change) {
			if (step.locked()) {
				return Code.LOCKED_LIMIT_CHANGED;
			}
			InputDefinition input = input(step, change.input());
			if (input == null) {
				return Code.INPUT_GONE;
			}
			if (input.type() != InputType.MONEY) {
				return Code.NOT_MONEY;
			}
			BigDecimal most = change.maxAmount();
			if (most == null || most.signum() <= 0 || most.compareTo(Money.LIMIT) > 0
					|| most.stripTrailingZeros().scale() > Money.DECIMALS) {
				return Code.LIMIT_INVALID;
			}
			steps.set(at, step.withInputs(replaced(step, input.withMoneyLimits(most, input.refundsAllowed()))));
			return null;
		}

		private Code hide(int at, StepDefinition step) {
			if (step.locked()) {
				return Code.LOCKED_HIDDEN;
			}
			if (step.holdsLocked()) {
				return Code.LOCKED_ITEM_HIDDEN;
			}
			if (!step.optional()) {
				return Code.NOT_OPTIONAL;
			}
			String next = at + 1 < steps.size() ? steps.get(at + 1).key() : null;
			if (next == null && returnedTo(step.key())) {
				return Code.NOT_OPTIONAL;
			}
			if (ledToByLocked(step.key())) {
				return Code.LOCKED_LEADS_HERE;
			}
			steps.remove(at);
			hidden.add(step.key());
			redirect(step.key(), next == null ? Target.end(Target.Outcome.COMPLETED) : Target.step(next), next);
			return null;
		}

		/**
		 * Sends every way into {@code from} (a rule, "otherwise", a call's return) to
		 * {@code to} instead; a call returns to {@code returnTo}.
		 */
		private void redirect(String from, Target to, String returnTo) {
			UnaryOperator<Target> turn = t -> {
				if (t == null) {
					return null;
				}
				if (t.type() == Target.Type.STEP && from.equals(t.step())) {
					return to;
				}
				if (t.type() == Target.Type.CALL && from.equals(t.returnTo())) {
					return Target.call(t.flow(), returnTo);
				}
				return t;
			};
			for (int i = 0; i < steps.size(); i++) {
				Decision decision = steps.get(i).decision();
				if (decision == null) {
					continue;
				}
				List<Decision.Rule> rules = decision.rules()
					.stream()
					.map(r -> new Decision.Rule(r.when(), turn.apply(r.then())))
					.toList();
				steps.set(i, steps.get(i).withDecision(new Decision(rules, turn.apply(decision.otherwise()))));
			}
		}

		/**
		 * Whether a locked step's decision names the step (a rule, "otherwise", a call's
		 * return): hiding it would send head office's locked step elsewhere.
		 */
		private boolean ledToByLocked(String key) {
			return steps.stream()
				.filter(StepDefinition::locked)
				.map(StepDefinition::decision)
				.filter(d -> d != null)
				.flatMap(d -> Stream.concat(d.rules().stream().map(Decision.Rule::then),
						Stream.ofNullable(d.otherwise())))
				.anyMatch(t -> t != null && (t.type() == Target.Type.STEP && key.equals(t.step())
						|| t.type() == Target.Type.CALL && key.equals(t.returnTo())));
		}

		private boolean returnedTo(String key) {
			return steps.stream()
				.map(StepDefinition::decision)
				.filter(d -> d != null)
				.flatMap(d -> Stream.concat(d.rules().stream().map(Decision.Rule::then),
						Stream.ofNullable(d.otherwise())))
				.anyMatch(t -> t != null && t.type() == Target.Type.CALL && key.equals(t.returnTo()));
		}

		private boolean inputKeysClash(StepDefinition inserted) {
			Set<String> taken = new HashSet<>();
			steps.forEach(s -> s.inputs().forEach(in -> taken.add(in.key())));
			Set<String> own = new HashSet<>();
			return inserted.inputs()
				.stream()
				.anyMatch(in -> in.key() == null || taken.contains(in.key()) || !own.add(in.key()));
		}

		private int indexOf(String key) {
			for (int i = 0; i < steps.size(); i++) {
				if (steps.get(i).key().equals(key)) {
					return i;
				}
			}
			return -1;
		}

	}

	/**
	 * Whether a region's step inserted before {@code before} only goes on to it (by
	 * order, a rule, or a call that returns to it) or ends the run other than completed.
	 */
	static boolean staysOnCourse(Decision decision, String before) {
		if (decision == null) {
			return true;
		}
		List<Target> targets = new ArrayList<>();
		decision.rules().forEach(r -> targets.add(r.then()));
		if (decision.otherwise() != null) {
			targets.add(decision.otherwise());
		}
		return targets.stream().allMatch(t -> t != null && switch (t.type()) {
			case STEP -> before.equals(t.step());
			case CALL -> before.equals(t.returnTo());
			case END -> t.outcome() != null && t.outcome() != Target.Outcome.COMPLETED;
		});
	}

	private static InputDefinition input(StepDefinition step, String key) {
		return key == null ? null : step.inputs().stream().filter(i -> key.equals(i.key())).findFirst().orElse(null);
	}

	private static List<InputDefinition> replaced(StepDefinition step, InputDefinition input) {
		return step.inputs().stream().map(i -> i.key().equals(input.key()) ? input : i).toList();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

}
