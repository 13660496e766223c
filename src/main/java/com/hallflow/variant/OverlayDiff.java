package com.hallflow.variant;

import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDiff;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The effective flow's differences from head office's standard as a region admin reads
 * them, in the words of the region's changes: a region's step is inserted before a step
 * (在「按等级补卡」之前插入「人证比对」), not merely added; head office's step is hidden, not removed; and
 * the ways into an inserted or hidden step that the merge turned (docs/overlay-format.md)
 * are part of that insertion or hiding, not changes of their own to the steps they leave
 * from.
 */
final class OverlayDiff {

	private OverlayDiff() {
	}

	/**
	 * @param layers the overlays laid on {@code hq} to make {@code effective}, in order
	 */
	static List<FlowDiff.Change> between(FlowDocument hq, FlowDocument effective, List<FlowOverlay> layers) {
		Map<String, String> insertedBefore = new HashMap<>();
		layers.stream()
			.flatMap(o -> o.changes().stream())
			.filter(c -> c != null && c.op() == OverlayChange.Op.INSERT_BEFORE && c.insert() != null
					&& c.insert().key() != null && c.step() != null)
			.filter(c -> hq.step(c.insert().key()).isEmpty() && effective.step(c.insert().key()).isPresent())
			.forEach(c -> insertedBefore.putIfAbsent(c.insert().key(), c.step()));
		return FlowDiff.between(hq, effective).stream().flatMap(change -> {
			String key = change.stepKey();
			if ("flowdesign.diff.stepAdded".equals(change.messageKey()) && insertedBefore.containsKey(key)) {
				return Optional
					.of(new FlowDiff.Change(key, "variant.change.INSERT_BEFORE",
							List.of(title(effective, hq, insertedBefore.get(key)), title(effective, hq, key)), null))
					.stream();
			}
			if ("flowdesign.diff.stepRemoved".equals(change.messageKey())) {
				// an overlay removes head office's steps only by hiding them
				return Optional
					.of(new FlowDiff.Change(key, "variant.change.HIDE_STEP", List.of(title(effective, hq, key)), null))
					.stream();
			}
			if ("flowdesign.diff.decisionChanged".equals(change.messageKey())
					&& onlyTurned(hq, effective, key, insertedBefore)) {
				return Optional.<FlowDiff.Change>empty().stream();
			}
			return Optional.of(change).stream();
		}).toList();
	}

	/**
	 * Whether the step's decision differs from head office's only where a way into a
	 * hidden step now goes on to the next step, or a way into a step now goes first
	 * through the region's steps inserted before it.
	 */
	private static boolean onlyTurned(FlowDocument hq, FlowDocument effective, String key,
			Map<String, String> insertedBefore) {
		Optional<StepDefinition> was = hq.step(key);
		Optional<StepDefinition> is = effective.step(key);
		if (was.isEmpty() || is.isEmpty() || was.get().decision() == null || is.get().decision() == null) {
			return false;
		}
		UnaryOperator<String> through = k -> {
			String at = k;
			while (at != null && insertedBefore.containsKey(at)) {
				at = insertedBefore.get(at);
			}
			return at;
		};
		UnaryOperator<String> past = k -> {
			if (k == null || effective.step(k).isPresent()) {
				return k;
			}
			List<StepDefinition> steps = hq.steps();
			int at = steps.indexOf(hq.step(k).orElse(null));
			if (at < 0) {
				return k;
			}
			return steps.subList(at + 1, steps.size())
				.stream()
				.map(StepDefinition::key)
				.filter(s -> effective.step(s).isPresent())
				.findFirst()
				.orElse(null);
		};
		return Objects.equals(turn(was.get().decision(), past), turn(is.get().decision(), through));
	}

	/**
	 * The decision with each step it leads or returns to named as {@code as} names it.
	 */
	private static Decision turn(Decision decision, UnaryOperator<String> as) {
		UnaryOperator<Target> turn = t -> {
			if (t == null) {
				return null;
			}
			return switch (t.type()) {
				case STEP -> {
					String to = as.apply(t.step());
					yield to == null ? Target.end(Target.Outcome.COMPLETED) : Target.step(to);
				}
				case CALL -> Target.call(t.flow(), as.apply(t.returnTo()));
				case END -> t;
			};
		};
		return new Decision(
				decision.rules().stream().map(r -> new Decision.Rule(r.when(), turn.apply(r.then()))).toList(),
				turn.apply(decision.otherwise()));
	}

	private static String title(FlowDocument effective, FlowDocument hq, String key) {
		return effective.step(key).or(() -> hq.step(key)).map(StepDefinition::title).orElse(key);
	}

}
