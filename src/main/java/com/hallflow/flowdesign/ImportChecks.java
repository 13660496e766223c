package com.hallflow.flowdesign;

import com.hallflow.base.TranslationProvider;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an imported document may not hold even as a draft, because it could never work at
 * the counter: a rule that can never match its input, a rule that never gets its turn, a
 * test of an input not yet asked, a placeholder that is not one, a text too long or not
 * clean ({@link FlowTexts}). The designer cannot enter these; the JSON import refuses
 * them the same way, with the JSON path and the step's title in the message.
 */
final class ImportChecks {

	static final Set<ValidationCode> REFUSED = EnumSet.of(ValidationCode.OPERATOR_NOT_FOR_TYPE,
			ValidationCode.VALUE_MISSING, ValidationCode.VALUE_NOT_YES_NO, ValidationCode.VALUE_NOT_AN_OPTION,
			ValidationCode.VALUE_NOT_A_NUMBER, ValidationCode.VALUE_NOT_A_DATE, ValidationCode.VALUE_NOT_TEXT,
			ValidationCode.INPUT_NOT_YET_ANSWERED, ValidationCode.RULE_NEVER_USED,
			ValidationCode.PLACEHOLDER_MALFORMED);

	private ImportChecks() {
	}

	static List<FormatProblem> problems(FlowDocument document, List<ValidationIssue> issues,
			TranslationProvider translations) {
		List<FormatProblem> problems = new ArrayList<>();
		for (FlowTexts.Found text : FlowTexts.problems(document)) {
			ValidationIssue issue = text.issue(null);
			problems.add(new FormatProblem(text.path(),
					(text.step() < 0 ? ""
							: "Step “" + RuleChecks.titleOf(document.steps().get(text.step()), text.step()) + "”: ")
							+ translations.getTranslation(issue.messageKey(), TranslationProvider.ENGLISH,
									issue.args().toArray())));
		}
		issues.stream().filter(i -> REFUSED.contains(i.code())).map(i -> {
			int step = indexOf(document, i.stepKey());
			String title = step < 0 ? String.valueOf(i.stepKey())
					: RuleChecks.titleOf(document.steps().get(step), step);
			String where = "$.steps[" + step + "]" + (i.code() == ValidationCode.PLACEHOLDER_MALFORMED ? ".script"
					: ".decision.rules[" + (Integer.parseInt(i.args().get(0)) - 1) + "].when");
			return new FormatProblem(where, "Step “" + title + "”: "
					+ translations.getTranslation(i.messageKey(), TranslationProvider.ENGLISH, i.args().toArray()));
		}).forEach(problems::add);
		return problems;
	}

	private static int indexOf(FlowDocument document, String stepKey) {
		for (int i = 0; i < document.steps().size(); i++) {
			if (document.steps().get(i).key().equals(stepKey)) {
				return i;
			}
		}
		return -1;
	}

}
