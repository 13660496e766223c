package com.hallflow.variant.ui;

import com.hallflow.base.ui.Dates;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.TargetKind;
import com.hallflow.promotion.planning.TargetNames;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.FlowRolloutState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * A flow rollout in words, as head office's planner and the overlay editor show it: its
 * state as a badge, each stage on its line (start in Beijing time, reach by name), what
 * it leaves out, and how far it reaches now. The "network" of a region's overlay is the
 * whole region, so it is named by the region.
 */
final class RolloutWords {

	private final Component shownIn;

	private final Locale locale;

	private final Map<Long, String> regionNames;

	private final LongFunction<String> branchName;

	/**
	 * @param regionNames region names by id
	 * @param branchName a branch's name by id ("?" for one that is gone)
	 */
	RolloutWords(Component shownIn, Locale locale, Map<Long, String> regionNames, LongFunction<String> branchName) {
		this.shownIn = shownIn;
		this.locale = locale;
		this.regionNames = regionNames;
		this.branchName = branchName;
	}

	/** The state at the instant, as a badge with the given id. */
	Span state(FlowRollout rollout, Instant at, String id) {
		FlowRolloutState state = rollout.stateAt(at);
		Span badge = new Span(stateText(rollout, at));
		badge.setId(id);
		badge.getElement().getThemeList().add(switch (state) {
			case RUNNING -> "badge success";
			case PAUSED -> "badge contrast";
			case ROLLED_BACK -> "badge error";
			case PLANNED, COMPLETED -> "badge";
		});
		return badge;
	}

	/** The state at the instant, in words. */
	String stateText(FlowRollout rollout, Instant at) {
		FlowRolloutState state = rollout.stateAt(at);
		// a region's overlay is complete when it reaches the whole region, not the
		// network
		return rollout.regionId() != null && state == FlowRolloutState.COMPLETED ? shownIn
			.getTranslation("variant.overlayRollout.completed", regionNames.getOrDefault(rollout.regionId(), "?"))
				: shownIn.getTranslation(state.messageKey());
	}

	/** Each stage on its line, then the exclusions. */
	List<String> plan(FlowRollout rollout) {
		List<String> lines = new ArrayList<>();
		List<Stage> stages = rollout.stages();
		for (int i = 0; i < stages.size(); i++) {
			lines.add(shownIn.getTranslation("variant.planner.stageLine", i + 1,
					Dates.format(stages.get(i).startsAt(), locale), names(rollout, stages.get(i).targets())));
		}
		if (stages.isEmpty()) {
			lines.add(shownIn.getTranslation("variant.planner.noStages"));
		}
		if (!rollout.exclusions().isEmpty()) {
			lines.add(shownIn.getTranslation("variant.planner.exclusionsLine", names(rollout, rollout.exclusions())));
		}
		return lines;
	}

	/** What the stages started by the instant reach (exclusions aside), in words. */
	String reach(FlowRollout rollout, Instant at) {
		Set<RolloutTarget> reached = new LinkedHashSet<>();
		for (Stage stage : rollout.stages()) {
			Instant start = rollout.effectiveStart(stage);
			if (start != null && !start.isAfter(at)) {
				reached.addAll(stage.targets());
			}
		}
		return reached.isEmpty() ? shownIn.getTranslation("variant.overlayRollout.reachNone")
				: shownIn.getTranslation("variant.overlayRollout.reach", names(rollout, List.copyOf(reached)));
	}

	private String names(FlowRollout rollout, List<RolloutTarget> targets) {
		List<RolloutTarget> named = rollout.regionId() == null ? targets
				: targets.stream()
					.map(t -> t.kind() == TargetKind.NETWORK ? RolloutTarget.region(rollout.regionId()) : t)
					.toList();
		return TargetNames.of(shownIn, named, regionNames, branchName);
	}

}
