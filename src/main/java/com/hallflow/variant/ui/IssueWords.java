package com.hallflow.variant.ui;

import com.hallflow.base.AuditDetail;
import com.hallflow.flowdesign.FlowDiff;
import com.hallflow.variant.OverlayIssue;
import com.vaadin.flow.component.Component;

/** The overlay's issues, changes and differences in the reader's words. */
final class IssueWords {

	private IssueWords() {
	}

	/**
	 * An issue: a refused or conflicting change names its step itself; a finding of head
	 * office's validator is prefixed with the step's title.
	 */
	static String of(Component in, OverlayIssue issue) {
		String message = in.getTranslation(issue.messageKey(), issue.args().toArray());
		if (issue.change() >= 0 || issue.stepTitle() == null) {
			return message;
		}
		return in.getTranslation("variant.editor.atStep", issue.stepTitle(), message);
	}

	static String of(Component in, AuditDetail.Words words) {
		return in.getTranslation(words.key(), words.args().toArray());
	}

	static String of(Component in, FlowDiff.Change change) {
		return in.getTranslation(change.messageKey(), change.args().toArray());
	}

}
