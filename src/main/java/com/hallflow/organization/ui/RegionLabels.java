package com.hallflow.organization.ui;

import com.hallflow.organization.RegionNode;
import java.util.List;

/** "广东省 › 广州市": a city is always shown with its province. */
final class RegionLabels {

	private RegionLabels() {
	}

	static String path(RegionNode region, List<RegionNode> all) {
		if (region.parentId() == null) {
			return region.name();
		}
		return all.stream()
			.filter(r -> r.id() == region.parentId())
			.findFirst()
			.map(parent -> parent.name() + " › " + region.name())
			.orElse(region.name());
	}

}
