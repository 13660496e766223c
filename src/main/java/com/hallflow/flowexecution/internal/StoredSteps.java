package com.hallflow.flowexecution.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowexecution.engine.RecordedStep;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The stored form of a session's steps and how a replay reads it (docs/decisions/0016):
 * the ticked checklist items as ascending indexes joined by commas, the target a step led
 * to as the flow document's Target JSON. Changing either needs a data migration.
 */
public final class StoredSteps {

	private static final ObjectMapper JSON = new ObjectMapper();

	private StoredSteps() {
	}

	/**
	 * A stored step as the engine replays it; {@code values} are the entered values,
	 * opened.
	 */
	public static RecordedStep recorded(int sequence, StepRecordEntity.Kind kind, String flowKey, String stepKey,
			Map<String, String> values, String checkedItems, String nextTarget, Long calledVersionId) {
		boolean back = kind == StepRecordEntity.Kind.BACK;
		return new RecordedStep(sequence, back, flowKey, stepKey, back ? Map.of() : values, checked(checkedItems),
				back ? null : target(nextTarget), calledVersionId);
	}

	public static String checked(Set<Integer> checked) {
		return checked.isEmpty() ? null
				: new TreeSet<>(checked).stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	public static Set<Integer> checked(String checked) {
		if (checked == null || checked.isBlank()) {
			return Set.of();
		}
		Set<Integer> indexes = new TreeSet<>();
		for (String part : checked.split(",")) {
			indexes.add(Integer.parseInt(part.trim()));
		}
		return indexes;
	}

	public static String target(Target target) {
		if (target == null) {
			return null;
		}
		try {
			return JSON.writeValueAsString(target);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	public static Target target(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try {
			return JSON.readValue(json, Target.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("a stored step target is not a Target: " + json, e);
		}
	}

}
