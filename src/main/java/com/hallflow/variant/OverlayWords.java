package com.hallflow.variant;

import com.hallflow.base.AuditDetail;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.StepDefinition;
import java.util.Arrays;
import java.util.Optional;

/**
 * A change of an overlay in words, naming head office's step by its title and an input by
 * its label: for the editor's list and the audit log.
 */
public final class OverlayWords {

	private OverlayWords() {
	}

	/**
	 * The change, its step named as the first of the documents that has it (head office's
	 * flow, the effective flow).
	 */
	public static AuditDetail.Words describe(OverlayChange change, FlowDocument... on) {
		if (change == null || change.op() == null) {
			return AuditDetail.words("variant.change.incomplete");
		}
		String step = title(on, change.step());
		return switch (change.op()) {
			case INSERT_BEFORE -> AuditDetail.words("variant.change.INSERT_BEFORE", step,
					change.insert() == null ? "" : change.insert().title());
			case REPLACE_SCRIPT -> AuditDetail.words("variant.change.REPLACE_SCRIPT", step, text(change.text()));
			case APPEND_SCRIPT -> AuditDetail.words("variant.change.APPEND_SCRIPT", step, text(change.text()));
			case ADD_CHECKLIST_ITEM -> AuditDetail.words(Boolean.TRUE.equals(change.mandatory())
					? "variant.change.ADD_CHECKLIST_ITEM.mandatory" : "variant.change.ADD_CHECKLIST_ITEM", step,
					text(change.text()));
			case ADD_OPTION ->
				AuditDetail.words("variant.change.ADD_OPTION", step, label(on, change), text(change.text()));
			case SET_MONEY_LIMIT -> AuditDetail.words("variant.change.SET_MONEY_LIMIT", step, label(on, change),
					change.maxAmount() == null ? "" : change.maxAmount().toPlainString());
			case HIDE_STEP -> AuditDetail.words("variant.change.HIDE_STEP", step);
		};
	}

	private static String title(FlowDocument[] on, String key) {
		return step(on, key).map(StepDefinition::title).orElse(key == null ? "" : key);
	}

	private static Optional<StepDefinition> step(FlowDocument[] on, String key) {
		return key == null ? Optional.empty()
				: Arrays.stream(on).map(d -> d.step(key)).flatMap(Optional::stream).findFirst();
	}

	private static String label(FlowDocument[] on, OverlayChange change) {
		return step(on, change.step())
			.flatMap(s -> s.inputs().stream().filter(i -> i.key().equals(change.input())).findFirst())
			.map(InputDefinition::label)
			.orElse(change.input() == null ? "" : change.input());
	}

	/** A text on one line, as a list shows it. */
	private static String text(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").trim();
	}

}
