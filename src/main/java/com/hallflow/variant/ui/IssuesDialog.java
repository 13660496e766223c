package com.hallflow.variant.ui;

import com.hallflow.variant.OverlayIssue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Why an overlay was refused, problem by problem, in words; nothing was stored. */
class IssuesDialog extends Dialog {

	IssuesDialog(String headerKey, List<OverlayIssue> issues) {
		setId("overlay-issues-dialog");
		setHeaderTitle(getTranslation(headerKey));
		setWidth("40rem");
		UnorderedList list = new UnorderedList();
		list.setId("overlay-issues");
		issues.forEach(i -> list.add(new ListItem(IssueWords.of(this, i))));
		add(new Paragraph(getTranslation("variant.publish.hasProblems", issues.size())), list);
		getFooter().add(new Button(getTranslation("base.action.close"), e -> close()));
	}

}
