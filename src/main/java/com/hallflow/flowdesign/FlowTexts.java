package com.hallflow.flowdesign;

import com.hallflow.base.BusinessException;
import com.hallflow.base.TextHygiene;
import com.hallflow.base.TextHygiene.Kind;
import com.hallflow.base.TextHygiene.Problem;
import com.hallflow.flowdesign.Decision.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * The free texts of a flow document and the most each may hold, under the one policy of
 * {@link TextHygiene} (docs/flow-format.md, "Limits"). The JSON Schema states the same
 * lengths for an import; the editor's fields, the draft save and the validator take them
 * from here. Keys are not free text: their patterns limit them.
 */
public final class FlowTexts {

	/** The template's {@code name} column. */
	public static final int NAME_MOST = 100;

	/** The template's {@code category} column. */
	public static final int CATEGORY_MOST = 50;

	public static final int DESCRIPTION_MOST = 2000;

	public static final int TITLE_MOST = 100;

	/**
	 * As a library script's column: publishing copies a library script into the step.
	 */
	public static final int SCRIPT_MOST = 5000;

	public static final int CHECKLIST_ITEM_MOST = 500;

	public static final int LABEL_MOST = 100;

	public static final int OPTION_MOST = 100;

	/** A signature's {@code party} column. */
	public static final int PARTY_MOST = 50;

	/** A condition's value when it is text. */
	public static final int VALUE_MOST = 100;

	/** How much of a wrong text a message quotes, to point at it. */
	private static final int QUOTED = 20;

	/**
	 * A text of the document that breaks the policy.
	 *
	 * @param path where it is, e.g. {@code $.steps[2].script}
	 * @param step the index of its step, or -1 for the flow's own texts
	 */
	public record Found(String path, int step, String text, Problem problem) {

		/** The validator's finding: the text quoted, then the problem's arguments. */
		ValidationIssue issue(String stepKey) {
			List<String> args = new ArrayList<>(List.of(TextHygiene.visible(text, QUOTED)));
			args.addAll(problem.arguments());
			return new ValidationIssue(ValidationIssue.Severity.ERROR, stepKey, code(), args);
		}

		ValidationCode code() {
			return switch (problem.messageKey()) {
				case TextHygiene.TOO_LONG -> ValidationCode.TEXT_TOO_LONG;
				case TextHygiene.LINE_CONTROL -> ValidationCode.TEXT_LINE_CONTROL;
				case TextHygiene.CONTROL -> ValidationCode.TEXT_CONTROL;
				default -> ValidationCode.TEXT_DIRECTION;
			};
		}

	}

	private FlowTexts() {
	}

	/** Every text of the document that is too long or not clean, in document order. */
	public static List<Found> problems(FlowDocument document) {
		List<Found> found = new ArrayList<>();
		check(found, "$.name", -1, document.name(), Kind.LINE, NAME_MOST);
		check(found, "$.category", -1, document.category(), Kind.LINE, CATEGORY_MOST);
		check(found, "$.description", -1, document.description(), Kind.TEXT, DESCRIPTION_MOST);
		for (int i = 0; i < document.steps().size(); i++) {
			StepDefinition step = document.steps().get(i);
			String at = "$.steps[" + i + "]";
			check(found, at + ".title", i, step.title(), Kind.LINE, TITLE_MOST);
			check(found, at + ".script", i, step.script(), Kind.TEXT, SCRIPT_MOST);
			for (int c = 0; c < step.checklist().size(); c++) {
				check(found, at + ".checklist[" + c + "].text", i, step.checklist().get(c).text(), Kind.LINE,
						CHECKLIST_ITEM_MOST);
			}
			for (int n = 0; n < step.inputs().size(); n++) {
				InputDefinition input = step.inputs().get(n);
				String inputAt = at + ".inputs[" + n + "]";
				check(found, inputAt + ".label", i, input.label(), Kind.LINE, LABEL_MOST);
				for (int o = 0; o < input.options().size(); o++) {
					check(found, inputAt + ".options[" + o + "]", i, input.options().get(o), Kind.LINE, OPTION_MOST);
				}
				for (int p = 0; p < input.parties().size(); p++) {
					check(found, inputAt + ".parties[" + p + "]", i, input.parties().get(p), Kind.LINE, PARTY_MOST);
				}
			}
			if (step.decision() != null) {
				for (int r = 0; r < step.decision().rules().size(); r++) {
					values(found, at + ".decision.rules[" + r + "].when", i, step.decision().rules().get(r).when());
				}
			}
		}
		return found;
	}

	/**
	 * Refuses a document with a text too long or not clean, at the first such text's
	 * path, with the validator's message.
	 */
	static void refuse(FlowDocument document) {
		List<Found> found = problems(document);
		if (!found.isEmpty()) {
			Found first = found.get(0);
			ValidationIssue issue = first.issue(null);
			throw BusinessException.forField(first.path(), issue.messageKey(), issue.args().toArray());
		}
	}

	private static void values(List<Found> found, String at, int step, Condition condition) {
		if (condition == null) {
			return;
		}
		if (condition.value() instanceof String text) {
			check(found, at + ".value", step, text, Kind.LINE, VALUE_MOST);
		}
		for (int c = 0; c < condition.all().size(); c++) {
			values(found, at + ".all[" + c + "]", step, condition.all().get(c));
		}
		for (int c = 0; c < condition.any().size(); c++) {
			values(found, at + ".any[" + c + "]", step, condition.any().get(c));
		}
	}

	private static void check(List<Found> found, String path, int step, String text, Kind kind, int most) {
		TextHygiene.problem(text, kind, most).ifPresent(p -> found.add(new Found(path, step, text, p)));
	}

}
