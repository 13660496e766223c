package com.hallflow.promotion.planning;

import com.hallflow.promotion.RolloutTarget;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * What a stage reaches or a rollout leaves out, in words: 全网, regions and branches by
 * name, joined with 、.
 */
public final class TargetNames {

	private TargetNames() {
	}

	/**
	 * @param regionNames region names by id
	 * @param branchName a branch's name by id ("?" for one that is gone)
	 */
	public static String of(Component shownIn, List<RolloutTarget> targets, Map<Long, String> regionNames,
			LongFunction<String> branchName) {
		return targets.stream().map(t -> switch (t.kind()) {
			case NETWORK -> shownIn.getTranslation("promotion.target.network");
			case REGION -> regionNames.getOrDefault(t.refId(), "?");
			case BRANCH -> branchName.apply(t.refId());
		}).collect(Collectors.joining("、"));
	}

}
