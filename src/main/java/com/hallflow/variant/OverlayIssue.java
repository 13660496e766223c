package com.hallflow.variant;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing that keeps an overlay from being published (or, as a warning, that its region
 * should know), in words: a translation key with its arguments, and the title of the step
 * concerned.
 *
 * @param change the index of the overlay's change concerned, or -1 for a finding of head
 * office's validator on the effective flow
 * @param region the code of the region whose change it is (a city's admin also sees its
 * province's), or null for the validator's
 * @param kind what sort of problem
 * @param messageKey the translation key: an {@link OverlayProblem.Code}'s (its first
 * argument the step's title) or a validation rule's
 * @param stepTitle the title of the step concerned, or null for the flow as a whole
 */
public record OverlayIssue(int change, String region, Kind kind, String messageKey, List<String> args,
		String stepTitle) {

	public OverlayIssue {
		args = List.copyOf(args);
	}

	public enum Kind {

		/** The change breaks head office's marks or is incomplete. */
		REFUSED,
		/** Head office's newer version no longer fits the change. */
		CONFLICT,
		/** Head office's validator finds the effective flow wrong. */
		INVALID,
		/** Head office's validator warns about the effective flow. */
		WARNING

	}

	/** Whether it keeps the overlay from being published. */
	public boolean blocks() {
		return kind != Kind.WARNING;
	}

	static OverlayIssue of(OverlayMerge.Layered layered) {
		OverlayProblem p = layered.problem();
		List<String> args = new ArrayList<>(List.of(p.stepTitle()));
		args.addAll(p.args());
		return new OverlayIssue(p.index(), layered.region(), p.code().conflict() ? Kind.CONFLICT : Kind.REFUSED,
				p.code().messageKey(), args, p.stepTitle());
	}

}
