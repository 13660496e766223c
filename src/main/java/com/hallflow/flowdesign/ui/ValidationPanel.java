package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.ValidationIssue;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.function.Consumer;

/** Errors and warnings of the draft; clicking one selects its step. */
class ValidationPanel extends VerticalLayout {

	final Grid<ValidationIssue> issues = new Grid<>(ValidationIssue.class, false);

	final Span summary = new Span();

	ValidationPanel(Consumer<String> selectStep) {
		setId("validation-panel");
		setPadding(false);
		summary.setId("validation-summary");
		issues
			.addColumn(new ComponentRenderer<>(
					i -> (i.isError() ? VaadinIcon.EXCLAMATION_CIRCLE : VaadinIcon.WARNING).create()))
			.setWidth("3rem")
			.setFlexGrow(0);
		issues.addColumn(i -> i.stepTitle() == null ? "" : i.stepTitle())
			.setHeader(getTranslation("flowdesign.editor.validation.step"))
			.setAutoWidth(true);
		issues.addColumn(i -> getTranslation(i.messageKey(), i.args().toArray()))
			.setHeader(getTranslation("flowdesign.editor.validation.message"))
			.setFlexGrow(1);
		issues.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		issues.setAllRowsVisible(true);
		issues.addItemClickListener(e -> {
			if (e.getItem().stepKey() != null) {
				selectStep.accept(e.getItem().stepKey());
			}
		});
		add(new H4(getTranslation("flowdesign.editor.validation")), summary, issues);
	}

	void show(List<ValidationIssue> found) {
		long errors = found.stream().filter(ValidationIssue::isError).count();
		summary.setText(found.isEmpty() ? getTranslation("flowdesign.editor.validation.clean")
				: getTranslation("flowdesign.editor.validation.counts", errors, found.size() - errors));
		summary.getElement().getThemeList().set("badge", true);
		summary.getElement().getThemeList().set("error", errors > 0);
		summary.getElement().getThemeList().set("success", found.isEmpty());
		issues.setItems(found);
		issues.setVisible(!found.isEmpty());
	}

}
