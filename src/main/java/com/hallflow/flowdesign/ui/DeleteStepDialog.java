package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.DraftEdits;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StepDefinition;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;

/**
 * Asks before a step is deleted. When branches lead to it, lists them by the titles of
 * their steps and lets the designer send them to another step first; otherwise those
 * branches would lead nowhere (the validator then says so).
 */
class DeleteStepDialog extends ConfirmDialog {

	final Select<String> redirect = new Select<>();

	final UnorderedList references = new UnorderedList();

	/**
	 * @param onDelete receives the step the branches now lead to, or null
	 */
	DeleteStepDialog(FlowDocument draft, StepDefinition step, FlowWords words, Consumer<String> onDelete) {
		setId("delete-step-dialog");
		setHeader(getTranslation("flowdesign.editor.deleteStep"));
		List<DraftEdits.Reference> leading = DraftEdits.references(draft, step.key())
			.stream()
			.filter(r -> !step.key().equals(r.fromStepKey()))
			.toList();
		String title = words.step(step.key());
		if (leading.isEmpty()) {
			setText(getTranslation("flowdesign.editor.deleteStepText", title));
		}
		else {
			for (DraftEdits.Reference r : leading) {
				String which = r.otherwise() ? getTranslation("flowdesign.editor.deleteStep.otherwise")
						: getTranslation("flowdesign.editor.deleteStep.rule", r.rule());
				references.add(new ListItem(getTranslation(r.returnTo() ? "flowdesign.editor.deleteStep.returnsHere"
						: "flowdesign.editor.deleteStep.leadsHere", r.fromStepTitle(), which)));
			}
			references.setId("delete-step-references");
			redirect.setId("delete-step-redirect");
			redirect.setLabel(getTranslation("flowdesign.editor.deleteStep.redirect"));
			redirect.setItems(draft.steps()
				.stream()
				.map(StepDefinition::key)
				.filter(k -> k != null && !k.equals(step.key()))
				.toList());
			redirect.setItemLabelGenerator(words::step);
			redirect.setWidthFull();
			redirect.setHelperText(getTranslation("flowdesign.editor.deleteStep.redirectHelp"));
			VerticalLayout text = new VerticalLayout(
					new Paragraph(getTranslation("flowdesign.editor.deleteStep.referenced", title)), references,
					redirect);
			text.setPadding(false);
			setText(text);
		}
		setCancelable(true);
		setCancelText(getTranslation("base.action.cancel"));
		setConfirmText(getTranslation("base.action.delete"));
		setConfirmButtonTheme("error primary");
		addConfirmListener(e -> onDelete.accept(redirect.getValue()));
	}

}
