package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.Target;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a decision leads: a step, a call of a published flow that returns to a step, or
 * the end.
 */
class TargetEditor extends HorizontalLayout {

	final Select<Target.Type> type = new Select<>();

	final Select<String> step = new Select<>();

	final Select<String> flow = new Select<>();

	final Select<String> returnTo = new Select<>();

	final Select<Target.Outcome> outcome = new Select<>();

	TargetEditor(Target value, List<String> stepKeys, List<String> flowKeys, FlowWords words,
			Consumer<Target> onChange) {
		setPadding(false);
		setWrap(true);
		setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		type.setLabel(getTranslation("flowdesign.editor.target.type"));
		type.setItems(Target.Type.values());
		type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
		step.setLabel(getTranslation("flowdesign.editor.target.step"));
		step.setItems(stepKeys);
		step.setItemLabelGenerator(words::step);
		flow.setLabel(getTranslation("flowdesign.editor.target.flow"));
		flow.setItems(flowKeys);
		flow.setItemLabelGenerator(words::flow);
		returnTo.setLabel(getTranslation("flowdesign.editor.target.returnTo"));
		returnTo.setItems(stepKeys);
		returnTo.setItemLabelGenerator(words::step);
		outcome.setLabel(getTranslation("flowdesign.editor.target.outcome"));
		outcome.setItems(Target.Outcome.values());
		outcome.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
		if (value != null) {
			type.setValue(value.type());
			if (value.step() != null && stepKeys.contains(value.step())) {
				step.setValue(value.step());
			}
			if (value.flow() != null && flowKeys.contains(value.flow())) {
				flow.setValue(value.flow());
			}
			if (value.returnTo() != null && stepKeys.contains(value.returnTo())) {
				returnTo.setValue(value.returnTo());
			}
			outcome.setValue(value.outcome());
		}
		showFields();
		for (Select<?> field : List.of(type, step, flow, returnTo, outcome)) {
			field.addValueChangeListener(e -> {
				if (e.isFromClient() || e.getSource() == type) {
					showFields();
					onChange.accept(value());
				}
			});
		}
		add(type, step, flow, returnTo, outcome);
	}

	/**
	 * Gives the fields ids such as {@code rule-0-type}, for people using assistive tools
	 * and for tests.
	 */
	void setIdPrefix(String prefix) {
		setId(prefix + "-target");
		type.setId(prefix + "-type");
		step.setId(prefix + "-step");
		flow.setId(prefix + "-flow");
		returnTo.setId(prefix + "-return");
		outcome.setId(prefix + "-outcome");
	}

	Target value() {
		if (type.getValue() == null) {
			return null;
		}
		return switch (type.getValue()) {
			case STEP -> Target.step(step.getValue());
			case CALL -> Target.call(flow.getValue(), returnTo.getValue());
			case END -> Target.end(outcome.getValue());
		};
	}

	private void showFields() {
		Target.Type t = type.getValue();
		step.setVisible(t == Target.Type.STEP);
		flow.setVisible(t == Target.Type.CALL);
		returnTo.setVisible(t == Target.Type.CALL);
		outcome.setVisible(t == Target.Type.END);
	}

}
