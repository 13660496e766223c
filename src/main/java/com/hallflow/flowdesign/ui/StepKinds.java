package com.hallflow.flowdesign.ui;

import com.hallflow.base.Translatable;
import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.StepKeys;
import com.hallflow.flowdesign.Target;
import java.util.List;

/**
 * The kinds of step the designer offers to add, each a sensible starting point to edit.
 */
enum StepKinds implements Translatable {

	SCRIPT, CHECKLIST, INPUT, DECISION, SIGNATURE, PROMOTION, END;

	private static final String OLD_KIND_KEY = "(script|checklist|input|decision|signature|promotion|end)-[0-9]+";

	@Override
	public String messageKey() {
		return "flowdesign.editor.kind." + name();
	}

	StepDefinition create(FlowDocument flow, String title) {
		String key = StepKeys.fromTitle(title, flow.steps().stream().map(StepDefinition::key).toList());
		return switch (this) {
			case SCRIPT -> StepDefinition.of(key, title, "");
			case CHECKLIST -> new StepDefinition(key, title, null, "", List.of(new ChecklistItem(title, true)),
					List.of(), false, null, false, false);
			case INPUT -> new StepDefinition(key, title, null, "", List.of(),
					List.of(InputDefinition.of(freeInputKey(flow, "value"), title, InputType.TEXT, true)), false, null,
					false, false);
			case DECISION -> new StepDefinition(key, title, null, "", List.of(),
					List.of(InputDefinition.of(freeInputKey(flow, "answer"), title, InputType.YES_NO, true)), false,
					new Decision(List.of(), null), false, false);
			case SIGNATURE -> new StepDefinition(key, title, null, "", List.of(),
					List.of(new InputDefinition(freeInputKey(flow, "signature"), title, InputType.SIGNATURE, true,
							List.of(), List.of("客户"))),
					false, null, true, false);
			case PROMOTION -> new StepDefinition(key, title, null, "", List.of(), List.of(), true, null, false, false);
			// the script tells the customer why the service ends here; the outcome is
			// editable
			case END -> StepDefinition.of(key, title, "")
				.withDecision(new Decision(List.of(), Target.end(Target.Outcome.NOT_ELIGIBLE)));
		};
	}

	/**
	 * Whether a step key was made for the designer rather than chosen: from the step's
	 * title, or (in drafts from before keys came from titles) from the kind of step.
	 */
	static boolean keyMadeFor(String key, String title) {
		return StepKeys.madeFrom(key, title) || (key != null && key.matches(OLD_KIND_KEY));
	}

	static String freeKey(FlowDocument flow, String base) {
		for (int i = 1;; i++) {
			String candidate = base + "-" + i;
			if (flow.steps().stream().noneMatch(s -> candidate.equals(s.key()))) {
				return candidate;
			}
		}
	}

	static String freeInputKey(FlowDocument flow, String base) {
		for (int i = 1;; i++) {
			String candidate = base + i;
			if (flow.steps().stream().flatMap(s -> s.inputs().stream()).noneMatch(in -> candidate.equals(in.key()))) {
				return candidate;
			}
		}
	}

}
