package com.hallflow.flowdesign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One step at the counter. Without a decision the flow goes on to the next step in order;
 * the last step without a decision ends the flow as completed.
 *
 * @param scriptRef key of the library snippet the script comes from, if any; publishing
 * copies the snippet's text into {@code script}
 * @param promotionSlot whether the active promotions are offered at this step
 * @param mandatory whether a run may never skip this step
 * @param noBack whether the clerk may not go back from this step
 * @param maxOffers how many offers the promotion slot shows at most; null means
 * {@link #DEFAULT_MAX_OFFERS}
 * @param standaloneOnly whether the step runs only when this flow is started on its own
 * (a greeting, 其他需求, a farewell): when another flow calls this one, the run passes over
 * it
 * @param locked whether head office locked the step for regions: a region's overlay may
 * add to it (script text appended, checklist items) but never hide, replace or weaken it
 * @param optional whether a region's overlay may hide the step
 * @param openBefore whether a region's overlay may insert its own steps just before this
 * one
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "key", "title", "scriptRef", "script", "checklist", "inputs", "promotionSlot", "decision",
		"mandatory", "noBack", "maxOffers", "standaloneOnly", "locked", "optional", "openBefore" })
public record StepDefinition(String key, String title, String scriptRef, String script, List<ChecklistItem> checklist,
		List<InputDefinition> inputs, boolean promotionSlot, Decision decision, boolean mandatory, boolean noBack,
		Integer maxOffers, boolean standaloneOnly, boolean locked, boolean optional, boolean openBefore) {

	/** What a step key may be; the JSON schema says the same. */
	public static final Pattern KEY_PATTERN = Pattern.compile("^[a-z][a-z0-9_-]{0,63}$");

	public static final int DEFAULT_MAX_OFFERS = 3;

	public static final int MOST_OFFERS = 5;

	public StepDefinition(String key, String title, String scriptRef, String script, List<ChecklistItem> checklist,
			List<InputDefinition> inputs, boolean promotionSlot, Decision decision, boolean mandatory, boolean noBack) {
		this(key, title, scriptRef, script, checklist, inputs, promotionSlot, decision, mandatory, noBack, null, false);
	}

	public StepDefinition(String key, String title, String scriptRef, String script, List<ChecklistItem> checklist,
			List<InputDefinition> inputs, boolean promotionSlot, Decision decision, boolean mandatory, boolean noBack,
			Integer maxOffers, boolean standaloneOnly) {
		this(key, title, scriptRef, script, checklist, inputs, promotionSlot, decision, mandatory, noBack, maxOffers,
				standaloneOnly, false, false, false);
	}

	public StepDefinition {
		checklist = checklist == null ? List.of() : List.copyOf(checklist);
		inputs = inputs == null ? List.of() : List.copyOf(inputs);
	}

	public static StepDefinition of(String key, String title, String script) {
		return new StepDefinition(key, title, null, script, List.of(), List.of(), false, null, false, false);
	}

	public StepDefinition withDecision(Decision newDecision) {
		return new StepDefinition(key, title, scriptRef, script, checklist, inputs, promotionSlot, newDecision,
				mandatory, noBack, maxOffers, standaloneOnly, locked, optional, openBefore);
	}

	public StepDefinition withScript(String newScriptRef, String newScript) {
		return new StepDefinition(key, title, newScriptRef, newScript, checklist, inputs, promotionSlot, decision,
				mandatory, noBack, maxOffers, standaloneOnly, locked, optional, openBefore);
	}

	public StepDefinition withIdentity(String newKey, String newTitle) {
		return new StepDefinition(newKey, newTitle, scriptRef, script, checklist, inputs, promotionSlot, decision,
				mandatory, noBack, maxOffers, standaloneOnly, locked, optional, openBefore);
	}

	public StepDefinition withChecklist(List<ChecklistItem> newChecklist) {
		return new StepDefinition(key, title, scriptRef, script, newChecklist, inputs, promotionSlot, decision,
				mandatory, noBack, maxOffers, standaloneOnly, locked, optional, openBefore);
	}

	public StepDefinition withInputs(List<InputDefinition> newInputs) {
		return new StepDefinition(key, title, scriptRef, script, checklist, newInputs, promotionSlot, decision,
				mandatory, noBack, maxOffers, standaloneOnly, locked, optional, openBefore);
	}

	public StepDefinition withFlags(boolean newMandatory, boolean newNoBack, boolean newPromotionSlot) {
		return new StepDefinition(key, title, scriptRef, script, checklist, inputs, newPromotionSlot, decision,
				newMandatory, newNoBack, maxOffers, standaloneOnly, locked, optional, openBefore);
	}

	public StepDefinition withMaxOffers(Integer newMaxOffers) {
		return new StepDefinition(key, title, scriptRef, script, checklist, inputs, promotionSlot, decision, mandatory,
				noBack, newMaxOffers, standaloneOnly, locked, optional, openBefore);
	}

	public StepDefinition withStandaloneOnly(boolean newStandaloneOnly) {
		return new StepDefinition(key, title, scriptRef, script, checklist, inputs, promotionSlot, decision, mandatory,
				noBack, maxOffers, newStandaloneOnly, locked, optional, openBefore);
	}

	/** The step with head office's marks for regions' overlays set as given. */
	public StepDefinition withRegionalMarks(boolean newLocked, boolean newOptional, boolean newOpenBefore) {
		return new StepDefinition(key, title, scriptRef, script, checklist, inputs, promotionSlot, decision, mandatory,
				noBack, maxOffers, standaloneOnly, newLocked, newOptional, newOpenBefore);
	}

	/** Whether the step or one of its checklist items is locked for regions. */
	public boolean holdsLocked() {
		return locked || checklist.stream().anyMatch(ChecklistItem::locked);
	}

	/** How many offers the promotion slot shows at most. */
	public int offerLimit() {
		return maxOffers == null ? DEFAULT_MAX_OFFERS : maxOffers;
	}

	public boolean hasSignature() {
		return inputs.stream().anyMatch(i -> i.type() == InputType.SIGNATURE);
	}

	/**
	 * Whether the way on from this step is always the end of the whole run, whatever is
	 * entered: no rules, and "otherwise" ends the run other than completed (a called flow
	 * that completes returns to its caller instead).
	 */
	public boolean alwaysEndsTheRun() {
		return decision != null && decision.rules().isEmpty() && decision.otherwise() != null
				&& decision.otherwise().type() == Target.Type.END
				&& decision.otherwise().outcome() != Target.Outcome.COMPLETED;
	}

}
