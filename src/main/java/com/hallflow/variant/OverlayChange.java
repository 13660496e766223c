package com.hallflow.variant;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.hallflow.base.Translatable;
import com.hallflow.flowdesign.StepDefinition;

/**
 * One change a region's overlay makes to the flow it is laid on, addressed by the key of
 * the step (and input) it changes, so that it can be laid again on a newer version of the
 * same flow (docs/overlay-format.md).
 *
 * @param op what the change does
 * @param step the key of the step it changes, or before which it inserts
 * @param insert the step inserted ({@link Op#INSERT_BEFORE})
 * @param text the script text replacing or appended, the checklist item's text, or the
 * option added
 * @param replaces the script head office's version had when a region replaced it
 * ({@link Op#REPLACE_SCRIPT}); a newer version with another script is a conflict
 * @param mandatory whether an added checklist item must be ticked: true, or null for no
 * @param input the key of the input an option or a limit is for
 * @param maxAmount the new limit of a money input ({@link Op#SET_MONEY_LIMIT})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "op", "step", "insert", "text", "replaces", "mandatory", "input", "maxAmount" })
public record OverlayChange(Op op, String step, StepDefinition insert, String text, String replaces, Boolean mandatory,
		String input, BigDecimal maxAmount) {

	/**
	 * An item that need not be ticked says nothing: so the canonical form has one way to
	 * write it (a written {@code false} would hide the steps' and items' own defaults).
	 */
	public OverlayChange {
		mandatory = Boolean.TRUE.equals(mandatory) ? Boolean.TRUE : null;
	}

	/** What a change does. */
	public enum Op implements Translatable {

		/** Insert a step of the region's just before a step head office opened for it. */
		INSERT_BEFORE,
		/** Say something else than head office's script (not at a locked step). */
		REPLACE_SCRIPT,
		/** Add a paragraph to the step's script. */
		APPEND_SCRIPT,
		/** Add a checklist item after head office's. */
		ADD_CHECKLIST_ITEM,
		/** Add an option to a choice input (not at a locked step). */
		ADD_OPTION,
		/** Set another limit on a money input (not at a locked step). */
		SET_MONEY_LIMIT,
		/** Leave out a step head office marked optional. */
		HIDE_STEP;

		@Override
		public String messageKey() {
			return "variant.op." + name();
		}

	}

	public static OverlayChange insertBefore(String step, StepDefinition inserted) {
		return new OverlayChange(Op.INSERT_BEFORE, step, inserted, null, null, null, null, null);
	}

	public static OverlayChange replaceScript(String step, String text, String replaces) {
		return new OverlayChange(Op.REPLACE_SCRIPT, step, null, text, replaces, null, null, null);
	}

	public static OverlayChange appendScript(String step, String text) {
		return new OverlayChange(Op.APPEND_SCRIPT, step, null, text, null, null, null, null);
	}

	public static OverlayChange addChecklistItem(String step, String text, boolean mandatory) {
		return new OverlayChange(Op.ADD_CHECKLIST_ITEM, step, null, text, null, mandatory, null, null);
	}

	public static OverlayChange addOption(String step, String input, String option) {
		return new OverlayChange(Op.ADD_OPTION, step, null, option, null, null, input, null);
	}

	public static OverlayChange setMoneyLimit(String step, String input, BigDecimal maxAmount) {
		return new OverlayChange(Op.SET_MONEY_LIMIT, step, null, null, null, null, input, maxAmount);
	}

	public static OverlayChange hideStep(String step) {
		return new OverlayChange(Op.HIDE_STEP, step, null, null, null, null, null, null);
	}

}
