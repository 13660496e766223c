package com.hallflow.variant.ui;

import com.hallflow.flowdesign.FormatProblem;
import com.hallflow.variant.OverlayIssue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Why an overlay was refused (its publishing or its import), problem by problem, in
 * words; nothing was stored.
 */
class IssuesDialog extends Dialog {

	private IssuesDialog(String headerKey) {
		setId("overlay-issues-dialog");
		setHeaderTitle(getTranslation(headerKey));
		setWidth("40rem");
		getFooter().add(new Button(getTranslation("base.action.close"), e -> close()));
	}

	/**
	 * @param summaryKey what the problems keep from happening, with their count
	 */
	static IssuesDialog of(String headerKey, String summaryKey, List<OverlayIssue> issues) {
		IssuesDialog dialog = new IssuesDialog(headerKey);
		dialog.list(summaryKey, issues.stream().map(i -> IssueWords.of(dialog, i)).toList());
		return dialog;
	}

	/**
	 * A file that could not be read: each problem once with where it is (the reader's
	 * message often names the place itself), the whole document's without a place.
	 */
	static IssuesDialog ofFile(String summaryKey, List<FormatProblem> problems) {
		IssuesDialog dialog = new IssuesDialog("variant.editor.importRefused");
		dialog.list(summaryKey,
				problems.stream()
					.map(p -> "$".equals(p.path()) || p.message().startsWith(p.path()) ? p.message()
							: p.path() + ": " + p.message())
					.toList());
		return dialog;
	}

	private void list(String summaryKey, List<String> lines) {
		UnorderedList list = new UnorderedList();
		list.setId("overlay-issues");
		lines.forEach(line -> list.add(new ListItem(line)));
		add(new Paragraph(getTranslation(summaryKey, lines.size())), list);
	}

}
