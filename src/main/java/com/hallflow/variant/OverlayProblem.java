package com.hallflow.variant;

import java.util.List;

import com.hallflow.base.Translatable;

/**
 * Why a change of an overlay cannot be laid on a flow, named by the step's title so that
 * a region admin recognises it.
 *
 * @param index the change's position in the overlay (0 first)
 * @param code what is wrong
 * @param stepTitle the title of the step concerned, or its key when the flow has no such
 * step
 * @param args further words of the message after the title
 */
public record OverlayProblem(int index, Code code, String stepTitle, List<String> args) {

	public OverlayProblem {
		args = List.copyOf(args);
	}

	/**
	 * What is wrong. A rule is broken by the overlay itself; a conflict arises when head
	 * office's newer version no longer fits a change made for an older one.
	 */
	public enum Code implements Translatable {

		/** Head office locked the step: it may not be hidden. */
		LOCKED_HIDDEN(false),
		/** Head office locked the step: its script may be added to, not replaced. */
		LOCKED_SCRIPT_REPLACED(false),
		/** Head office locked the step: its choices may not be widened. */
		LOCKED_OPTION_ADDED(false),
		/** Head office locked the step: its money limit may not be changed. */
		LOCKED_LIMIT_CHANGED(false),
		/** The step holds a locked checklist item, so it may not be hidden. */
		LOCKED_ITEM_HIDDEN(false),
		/**
		 * A locked step's decision leads to the step, so hiding it would send the locked
		 * step elsewhere.
		 */
		LOCKED_LEADS_HERE(false),
		/** Head office did not mark the step optional. */
		NOT_OPTIONAL(false),
		/** Head office did not open the place before the step to regions' steps. */
		NOT_OPEN(false),
		/** A region's step may end the run only as declined or not eligible, or go on. */
		INSERT_BYPASSES(false),
		/** A region's step carries head office's marks (locked, optional, open). */
		INSERT_MARKED(false),
		/** A region's step uses a key (of a step or an input) the flow already has. */
		DUPLICATE_KEY(false),
		/** The input is not a choice. */
		NOT_A_CHOICE(false),
		/** The choice already has that option. */
		DUPLICATE_OPTION(false),
		/** The input does not take money. */
		NOT_MONEY(false),
		/** The limit is not a positive amount of at most the counter's. */
		LIMIT_INVALID(false),
		/** A change names nothing it can change (no step, no text, an empty step). */
		INCOMPLETE(false),
		/** The flow has no step with that key (any more). */
		STEP_GONE(true),
		/** The step has no input with that key (any more). */
		INPUT_GONE(true),
		/** Head office changed the script the region replaced. */
		SCRIPT_CHANGED(true),
		/** The same step is hidden twice, or changed after it was hidden. */
		STEP_HIDDEN(false);

		private final boolean conflict;

		Code(boolean conflict) {
			this.conflict = conflict;
		}

		/**
		 * Whether this arises from head office's newer version rather than the overlay.
		 */
		public boolean conflict() {
			return conflict;
		}

		@Override
		public String messageKey() {
			return "variant.problem." + name();
		}

	}

}
