package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.ValidationIssue;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The draft's steps in order, with a mark where the validator found an error (✖) or a
 * warning (⚠); rows are dragged to reorder them.
 */
class StepList extends Grid<StepDefinition> {

	private List<ValidationIssue> issues = List.of();

	/**
	 * @param draft the draft as it stands
	 * @param reordered receives the draft with the steps in their new order
	 * @param selected receives the step the user selects
	 */
	StepList(Supplier<FlowDocument> draft, Consumer<FlowDocument> reordered, Consumer<StepDefinition> selected) {
		super(StepDefinition.class, false);
		setId("step-list");
		addColumn(s -> draft.get().steps().indexOf(s) + 1).setWidth("3.5rem").setFlexGrow(0);
		addColumn(StepDefinition::title).setHeader(getTranslation("flowdesign.editor.step.title"));
		addColumn(s -> issueMark(s.key())).setWidth("3rem").setFlexGrow(0);
		addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		setRowsDraggable(true);
		setDropMode(GridDropMode.BETWEEN);
		StepDefinition[] dragged = new StepDefinition[1];
		addDragStartListener(e -> dragged[0] = e.getDraggedItems().get(0));
		addDropListener(e -> {
			StepDefinition target = e.getDropTargetItem().orElse(null);
			if (dragged[0] == null || target == null || target.equals(dragged[0])) {
				return;
			}
			List<StepDefinition> list = new ArrayList<>(draft.get().steps());
			list.remove(dragged[0]);
			int at = list.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
			list.add(at, dragged[0]);
			reordered.accept(draft.get().withSteps(list));
		});
		addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(selected));
	}

	/** Shows the steps with the marks of these findings. */
	void show(List<StepDefinition> steps, List<ValidationIssue> found) {
		issues = found;
		setItems(steps);
	}

	private String issueMark(String stepKey) {
		boolean error = issues.stream().anyMatch(i -> i.isError() && stepKey != null && stepKey.equals(i.stepKey()));
		boolean warning = issues.stream().anyMatch(i -> stepKey != null && stepKey.equals(i.stepKey()));
		return error ? "✖" : warning ? "⚠" : "";
	}

}
