package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.DraftEdits;
import com.hallflow.flowdesign.FlowDocument;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.function.Consumer;

/**
 * Asked when "+" on a branch of the diagram is clicked: which kind of step goes there,
 * with where it goes said in words.
 */
class InsertStepDialog extends Dialog {

	InsertStepDialog(FlowDocument draft, DraftEdits.Branch branch, FlowWords words, Consumer<StepKinds> onChoose) {
		setId("insert-step-dialog");
		setHeaderTitle(getTranslation("flowdesign.diagram.insertTitle"));
		Paragraph where = new Paragraph(where(draft, branch, words));
		where.setId("insert-step-where");
		FlexLayout kinds = new FlexLayout();
		kinds.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		kinds.getStyle().set("gap", "var(--lumo-space-s)");
		for (StepKinds kind : StepKinds.values()) {
			Button choose = new Button(getTranslation(kind.messageKey()), e -> {
				close();
				onChoose.accept(kind);
			});
			choose.setId("insert-kind-" + kind.name().toLowerCase());
			kinds.add(choose);
		}
		add(where, kinds);
		Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());
		cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		getFooter().add(cancel);
		setMaxWidth("32rem");
	}

	private String where(FlowDocument draft, DraftEdits.Branch branch, FlowWords words) {
		if (branch.kind() == DraftEdits.Branch.Kind.START) {
			return getTranslation("flowdesign.diagram.insertStart");
		}
		String step = words.step(branch.fromStepKey());
		Decision decision = draft.step(branch.fromStepKey()).map(s -> s.decision()).orElse(null);
		if (branch.kind() == DraftEdits.Branch.Kind.RULE && decision != null
				&& branch.rule() <= decision.rules().size()) {
			return getTranslation("flowdesign.diagram.insertOnBranch", step,
					words.condition(decision.rules().get(branch.rule() - 1).when()));
		}
		if (branch.kind() == DraftEdits.Branch.Kind.OTHERWISE || (decision != null && !decision.rules().isEmpty())) {
			return getTranslation("flowdesign.diagram.insertOnBranch", step,
					getTranslation("flowdesign.diagram.otherwise"));
		}
		return getTranslation("flowdesign.diagram.insertWhere", step);
	}

}
