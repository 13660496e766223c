package com.hallflow.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;

/**
 * The filters above a list, alike on every screen: a row with room between the fields
 * that wraps onto further rows when the screen is narrow, the fields lined up on their
 * text; and an empty choice that says "all …" in words, in the colour of the text.
 */
public final class Filters {

	/** The room between two filters, across and down. */
	public static final String GAP = "var(--lumo-space-m)";

	private Filters() {
	}

	public static FlexLayout bar(Component... filters) {
		FlexLayout bar = new FlexLayout(filters);
		bar.addClassName("filters");
		bar.setWidthFull();
		bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.getStyle().set("gap", GAP);
		return bar;
	}

	/**
	 * A select whose empty choice reads {@code all} in the field as well as in its list
	 * (a select shows what its label generator makes of no value).
	 */
	public static <T> void all(Select<T> select, String all, ItemLabelGenerator<T> labels) {
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(all);
		select.setItemLabelGenerator(value -> value == null ? all : labels.apply(value));
	}

	/**
	 * A combo box that reads {@code all} while nothing is chosen, in the text colour
	 * rather than the grey of a hint, as the selects beside it do.
	 */
	public static void all(ComboBox<?> box, String all) {
		box.setPlaceholder(all);
		box.getStyle().set("--vaadin-input-field-placeholder-color", "var(--lumo-body-text-color)");
	}

}
