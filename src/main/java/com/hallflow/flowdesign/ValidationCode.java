package com.hallflow.flowdesign;

import com.hallflow.base.Translatable;

/**
 * The rules of the {@link FlowValidator}, one constant per finding it can report.
 * {@link #code()} is the rule's name in the JSON API and in
 * {@code flowdesign.validation.<code>}.
 */
public enum ValidationCode implements Translatable {

	NO_STEPS("noSteps"), STEP_WITHOUT_KEY("stepWithoutKey"), DUPLICATE_STEP_KEY("duplicateStepKey"),
	INPUT_WITHOUT_KEY("inputWithoutKey"), DUPLICATE_INPUT_KEY("duplicateInputKey"), EMPTY_SCRIPT("emptyScript"),
	UNKNOWN_PLACEHOLDER("unknownPlaceholder"), INPUT_WITHOUT_TYPE("inputWithoutType"),
	CHOICE_WITHOUT_OPTIONS("choiceWithoutOptions"), SIGNATURE_WITHOUT_PARTIES("signatureWithoutParties"),
	EMPTY_CHECKLIST_ITEM("emptyChecklistItem"), MAX_OFFERS_RANGE("maxOffersRange"),
	INCOMPLETE_CONDITION("incompleteCondition"), UNKNOWN_INPUT("unknownInput"), INCOMPLETE_TARGET("incompleteTarget"),
	MISSING_STEP("missingStep"), MISSING_RETURN_STEP("missingReturnStep"), CALLS_ITSELF("callsItself"),
	UNKNOWN_FLOW("unknownFlow"), CALL_CYCLE("callCycle"), MANDATORY_SIGNATURE_AFTER_END("mandatorySignatureAfterEnd"),
	MANDATORY_UNREACHABLE("mandatoryUnreachable"), UNREACHABLE("unreachable"), NO_WAY_OUT("noWayOut"),
	OPERATOR_NOT_FOR_TYPE("operatorNotForType"), VALUE_MISSING("valueMissing"), VALUE_NOT_YES_NO("valueNotYesNo"),
	VALUE_NOT_AN_OPTION("valueNotAnOption"), VALUE_NOT_A_NUMBER("valueNotANumber"), VALUE_NOT_A_DATE("valueNotADate"),
	VALUE_NOT_TEXT("valueNotText"), INPUT_NOT_YET_ANSWERED("inputNotYetAnswered"), RULE_NEVER_USED("ruleNeverUsed"),
	TARGET_STEP_NOT_CHOSEN("targetStepNotChosen"), RETURN_STEP_NOT_CHOSEN("returnStepNotChosen"),
	CALLED_FLOW_NOT_CHOSEN("calledFlowNotChosen"), PLACEHOLDER_MALFORMED("placeholderMalformed"),
	STEP_KEY_INVALID("stepKeyInvalid"), INPUT_KEY_INVALID("inputKeyInvalid"), NO_TITLE("noTitle"),
	MAX_AMOUNT_INVALID("maxAmountInvalid"), LOOPS_BACK("loopsBack"), NEVER_COMPLETES("neverCompletes"),
	CONTEXT_TYPE("contextType"), GRADE_OPTIONS("gradeOptions"), STANDALONE_STEP_NOT_PLAIN("standaloneStepNotPlain"),
	TEXT_TOO_LONG("textTooLong"), TEXT_LINE_CONTROL("textLineControl"), TEXT_CONTROL("textControl"),
	TEXT_DIRECTION("textDirection"), LOCKED_AND_OPTIONAL("lockedAndOptional");

	private final String code;

	ValidationCode(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	@Override
	public String messageKey() {
		return "flowdesign.validation." + code;
	}

}
