package com.hallflow.variant;

import com.hallflow.flowdesign.FlowDiff;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.PublishedFlow;
import java.util.List;

/**
 * A region's overlay laid on head office's version (for a city, with its province's
 * published overlay laid first) and checked: the effective flow, who changed what, what
 * keeps it from being published, and how it differs from head office's standard.
 *
 * @param hq head office's version it was laid on
 * @param provinceCode the province's code when the region is a city with a published
 * overlay of the flow, else null
 * @param regionCode the region's code
 * @param composed the effective flow with the changes each level made
 * @param issues the region's own refused and conflicting changes, then what head office's
 * validator finds in the effective flow that it does not find in head office's
 * @param diff the effective flow against head office's, as the version comparison says
 * it, a region's inserted and hidden steps said as its changes say them
 * ({@link OverlayDiff})
 */
public record OverlayCheck(PublishedFlow hq, String provinceCode, String regionCode, OverlayMerge.Composed composed,
		List<OverlayIssue> issues, List<FlowDiff.Change> diff) {

	public OverlayCheck {
		issues = List.copyOf(issues);
		diff = List.copyOf(diff);
	}

	public FlowDocument effective() {
		return composed.document();
	}

	/** Whether nothing keeps the overlay from being published. */
	public boolean publishable() {
		return issues.stream().noneMatch(OverlayIssue::blocks);
	}

	/** The problems that keep it from being published. */
	public List<OverlayIssue> blocking() {
		return issues.stream().filter(OverlayIssue::blocks).toList();
	}

	/** The issues of one change of the region's overlay. */
	public List<OverlayIssue> issuesOf(int change) {
		return issues.stream().filter(i -> i.change() == change && regionCode.equals(i.region())).toList();
	}

}
