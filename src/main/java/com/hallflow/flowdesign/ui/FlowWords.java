package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.Decision.Condition;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowPaths;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A draft's steps, inputs, flows and conditions in the words the designer wrote — titles,
 * questions and flow names, never keys — for the editor's pickers, the diagram and the
 * messages. A key is shown only where nothing has that key any more.
 */
final class FlowWords {

	/** Translates a message key with its arguments in the user's language. */
	interface Labels {

		String get(String key, Object... args);

	}

	private final FlowDocument flow;

	private final Map<String, String> flowNames;

	private final Labels labels;

	private final Map<String, InputDefinition> inputs = new HashMap<>();

	private final Map<String, StepDefinition> inputSteps = new HashMap<>();

	private final Map<String, StepDefinition> steps = new HashMap<>();

	/** Step names already worked out: a path names the same steps many times. */
	private final Map<String, String> stepNames = new HashMap<>();

	/**
	 * @param flowNames the names of the flows a draft may call, by key
	 */
	FlowWords(FlowDocument flow, Map<String, String> flowNames, Labels labels) {
		this.flow = flow;
		this.flowNames = Map.copyOf(flowNames);
		this.labels = labels;
		for (StepDefinition step : flow.steps()) {
			if (step.key() != null) {
				steps.putIfAbsent(step.key(), step);
			}
			for (InputDefinition input : step.inputs()) {
				if (input.key() != null) {
					inputs.putIfAbsent(input.key(), input);
					inputSteps.putIfAbsent(input.key(), step);
				}
			}
		}
	}

	Labels labels() {
		return labels;
	}

	/**
	 * The step's title; "step 3 (no title)" when it has none; the key if no step has it.
	 */
	String step(String stepKey) {
		if (stepKey == null) {
			return "";
		}
		return stepNames.computeIfAbsent(stepKey, key -> {
			for (int i = 0; i < flow.steps().size(); i++) {
				StepDefinition step = flow.steps().get(i);
				if (key.equals(step.key())) {
					return step.title() == null || step.title().isBlank()
							? labels.get("flowdesign.words.noTitle", i + 1) : step.title();
				}
			}
			return key;
		});
	}

	/** The flow's name, or its key if it is not one the draft may call. */
	String flow(String flowKey) {
		return flowKey == null ? "" : flowNames.getOrDefault(flowKey, flowKey);
	}

	Optional<InputDefinition> input(String inputKey) {
		return Optional.ofNullable(inputKey == null ? null : inputs.get(inputKey));
	}

	/** The input's question (its label), or its key when it has none. */
	String inputLabel(String inputKey) {
		return input(inputKey).map(i -> i.label() == null || i.label().isBlank() ? i.key() : i.label())
			.orElse(inputKey == null ? "" : inputKey);
	}

	/** The question with the title of the step that asks it: "号码已停机（查询号码状态）". */
	String inputWithStep(String inputKey) {
		StepDefinition step = inputSteps.get(inputKey);
		if (step == null || inputLabel(inputKey).equals(step(step.key()))) {
			return inputLabel(inputKey);
		}
		return labels.get("flowdesign.words.aside", inputLabel(inputKey), step(step.key()));
	}

	/** A condition as a person reads it: "号码已停机 = 是 且 欠费金额 > 0". */
	String condition(Condition when) {
		if (when == null) {
			return labels.get("flowdesign.words.incomplete");
		}
		if (when.isGroup()) {
			String joiner = " " + labels.get(when.all().isEmpty() ? "flowdesign.words.any" : "flowdesign.words.all")
					+ " ";
			StringBuilder text = new StringBuilder();
			for (Condition member : when.members()) {
				if (!text.isEmpty()) {
					text.append(joiner);
				}
				text.append(
						member.isGroup() ? labels.get("flowdesign.words.group", condition(member)) : condition(member));
			}
			return text.toString();
		}
		if (when.input() == null || when.operator() == null) {
			return labels.get("flowdesign.words.incomplete");
		}
		String words = inputLabel(when.input()) + " " + labels.get(when.operator().signKey());
		if (!when.operator().needsValue()) {
			return words;
		}
		boolean money = input(when.input()).map(i -> i.type() == InputType.MONEY).orElse(false);
		return words + " " + (money ? labels.get("flowdesign.words.money", value(when.value())) : value(when.value()));
	}

	/**
	 * A path as a sentence: "查询号码状态（号码已停机 = 是） → 先办理 缴费 → 讲解变更内容 → 办理完成".
	 */
	String path(FlowPaths.FlowPath path) {
		StringBuilder text = new StringBuilder();
		for (FlowPaths.Leg leg : path.legs()) {
			if (!text.isEmpty()) {
				text.append(" → ");
			}
			String why = branch(leg);
			text.append(why.isEmpty() ? step(leg.stepKey())
					: labels.get("flowdesign.words.aside", step(leg.stepKey()), why));
			Target t = leg.taken();
			if (t.type() == Target.Type.CALL) {
				text.append(" → ").append(labels.get("flowdesign.paths.call", flow(t.flow())));
				if (leg.callEnded() != null) {
					text.append(labels.get("flowdesign.words.ended", labels.get(leg.callEnded().messageKey())));
				}
			}
		}
		boolean endedInCall = path.legs().get(path.legs().size() - 1).callEnded() != null;
		if (path.outcome() != null && !endedInCall) {
			text.append(" → ").append(labels.get(path.outcome().messageKey()));
		}
		if (path.loopsTo() != null) {
			text.append(" → ").append(labels.get("flowdesign.paths.loop", step(path.loopsTo())));
		}
		return text.toString();
	}

	/** Why a leg went where it did: its rule's condition, "otherwise", or nothing. */
	private String branch(FlowPaths.Leg leg) {
		StepDefinition step = steps.get(leg.stepKey());
		if (step == null || step.decision() == null) {
			return "";
		}
		Decision decision = step.decision();
		if (leg.branch() > 0 && leg.branch() <= decision.rules().size()) {
			return condition(decision.rules().get(leg.branch() - 1).when());
		}
		// a step without rules always goes the one way: there is no "otherwise" to say
		return decision.rules().isEmpty() ? "" : labels.get("flowdesign.diagram.otherwise");
	}

	/** A condition's value: 是/否 for yes/no, numbers as written, text as it is. */
	String value(Object value) {
		if (value instanceof Boolean yes) {
			return labels.get(yes ? "flowdesign.value.true" : "flowdesign.value.false");
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		return value == null ? "" : value.toString();
	}

}
