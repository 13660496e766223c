package com.hallflow.flowdesign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * The draft editor's header, on one row at 1366 pixels in either language: back to the
 * list, the flow's name (cut with "…" when long, whole in its tooltip), the save state;
 * undo, redo, the flow's properties and its versions as icon buttons named in their
 * tooltips; then Save, Test-run and Publish in words. The editor wires the actions.
 */
class EditorHeader extends HorizontalLayout {

	final Button back = new Button(VaadinIcon.ARROW_LEFT.create());

	final H2 heading = new H2();

	final Span state = new Span();

	final Button undo = new Button(VaadinIcon.ARROW_BACKWARD.create());

	final Button redo = new Button(VaadinIcon.ARROW_FORWARD.create());

	final Button properties = new Button(VaadinIcon.COG.create());

	final Button versions = new Button(VaadinIcon.TIME_BACKWARD.create());

	final Button save = new Button();

	final Button trial = new Button();

	final Button publish = new Button();

	EditorHeader() {
		back.setText(getTranslation("flowdesign.flows.title"));
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		heading.getStyle()
			.set("white-space", "nowrap")
			.set("overflow", "hidden")
			.set("text-overflow", "ellipsis")
			.set("min-width", "4em")
			.set("margin", "0");
		state.setId("flow-state");
		state.getStyle()
			.set("white-space", "nowrap")
			.set("color", "var(--lumo-secondary-text-color)")
			.set("font-size", "var(--lumo-font-size-s)");
		iconButton(undo, "flow-undo", "flowdesign.editor.undo");
		iconButton(redo, "flow-redo", "flowdesign.editor.redo");
		iconButton(properties, "flow-properties", "flowdesign.editor.properties");
		iconButton(versions, "flow-versions", "flowdesign.editor.versions");
		save.setId("flow-save");
		save.setText(getTranslation("base.action.save"));
		trial.setId("flow-trial");
		trial.setText(getTranslation("flowdesign.editor.trial"));
		trial.setIcon(VaadinIcon.PLAY.create());
		publish.setId("flow-publish");
		publish.setText(getTranslation("flowdesign.editor.publish"));
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(back, heading, state, undo, redo, properties, versions, save, trial, publish);
		// the name gives way (its words end in "…"), the buttons never do, nothing wraps
		List.of(back, undo, redo, properties, versions, save, trial, publish)
			.forEach(button -> button.getStyle().set("flex-shrink", "0"));
		state.getStyle().set("flex-shrink", "0");
		setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		setWidthFull();
		setWrap(false);
		expand(state);
	}

	/** Shows the flow's name, whole in the tooltip for when it is cut. */
	void showName(String name) {
		heading.setText(name);
		heading.getElement().setAttribute("title", name == null ? "" : name);
	}

	private void iconButton(Button button, String id, String labelKey) {
		button.setId(id);
		button.setAriaLabel(getTranslation(labelKey));
		button.setTooltipText(getTranslation(labelKey));
		button.addThemeVariants(ButtonVariant.LUMO_ICON);
	}

}
