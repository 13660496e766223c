package com.hallflow.flowdesign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One flow version's whole definition, as stored, validated, diffed, exported and
 * imported (docs/flow-format.md). Immutable; lists are never null.
 *
 * @param formatVersion version of this document format, {@link #CURRENT_FORMAT}
 * @param key the template's stable key, e.g. {@code PLAN_CHANGE}
 * @param targetMinutes the handle time the counter aims for, or null
 * @param takesEffect when what the flow does takes effect, printed on the receipt; null
 * when the receipt names no date
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "formatVersion", "key", "name", "category", "description", "icon", "targetMinutes", "takesEffect",
		"steps" })
public record FlowDocument(int formatVersion, String key, String name, String category, String description, String icon,
		Integer targetMinutes, TakesEffect takesEffect, List<StepDefinition> steps) {

	public static final int CURRENT_FORMAT = 2;

	public static final int MAX_STEPS = 300;

	public FlowDocument {
		steps = steps == null ? List.of() : List.copyOf(steps);
	}

	public FlowDocument(int formatVersion, String key, String name, String category, String description, String icon,
			Integer targetMinutes, List<StepDefinition> steps) {
		this(formatVersion, key, name, category, description, icon, targetMinutes, null, steps);
	}

	public FlowDocument withSteps(List<StepDefinition> newSteps) {
		return new FlowDocument(formatVersion, key, name, category, description, icon, targetMinutes, takesEffect,
				newSteps);
	}

	public Optional<StepDefinition> step(String stepKey) {
		return steps.stream().filter(s -> s.key().equals(stepKey)).findFirst();
	}

	/** The keys of the flows this one calls, from any rule or "otherwise". */
	public Set<String> calledFlows() {
		Set<String> called = new HashSet<>();
		for (StepDefinition step : steps) {
			if (step.decision() != null) {
				List<Target> targets = new ArrayList<>();
				step.decision().rules().forEach(r -> targets.add(r.then()));
				targets.add(step.decision().otherwise());
				targets.stream()
					.filter(t -> t != null && t.type() == Target.Type.CALL && t.flow() != null)
					.forEach(t -> called.add(t.flow()));
			}
		}
		return called;
	}
}
