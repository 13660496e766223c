package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.FormatProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** Why an imported file was refused, problem by problem; nothing was stored. */
class FormatProblemsDialog extends Dialog {

	FormatProblemsDialog(List<FormatProblem> problems) {
		setId("format-problems-dialog");
		setHeaderTitle(getTranslation("flowdesign.flows.importRefused"));
		setWidth("48rem");
		Grid<FormatProblem> grid = new Grid<>(FormatProblem.class, false);
		grid.addColumn(FormatProblem::path)
			.setHeader(getTranslation("flowdesign.flows.problemWhere"))
			.setAutoWidth(true);
		grid.addColumn(FormatProblem::message).setHeader(getTranslation("flowdesign.flows.problemWhat")).setFlexGrow(1);
		grid.setItems(problems);
		grid.setAllRowsVisible(true);
		add(new Paragraph(getTranslation("flowdesign.format.invalid", problems.size())), grid);
		getFooter().add(new Button(getTranslation("base.action.close"), e -> close()));
	}

}
