package com.hallflow.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.grid.Grid;
import java.util.Optional;

/**
 * What the server tells the browser about how a screen looks: a grid's column by its
 * header, a filter bar's spacing, the format a date picker shows.
 */
public final class Looks {

	/** The colour Lumo gives body text; a filter's "all …" reads in it, not greyed. */
	public static final String BODY_TEXT = "var(--lumo-body-text-color)";

	private Looks() {
	}

	public static <T> Grid.Column<T> column(Grid<T> grid, String header) {
		return grid.getColumns()
			.stream()
			.filter(c -> header.equals(c.getHeaderText()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no column headed " + header));
	}

	/** The gap between the items of the layout holding this field. */
	public static String gapAround(Component field) {
		return field.getParent().map(p -> ((HasStyle) p).getStyle().get("gap")).orElse(null);
	}

	/** Whether the layout holding this field wraps its items onto further rows. */
	public static String wrapAround(Component field) {
		return field.getParent().map(p -> ((HasStyle) p).getStyle().get("flex-wrap")).orElse(null);
	}

	/** The colour a combo box gives its placeholder. */
	public static String placeholderColour(ComboBox<?> box) {
		return box.getStyle().get("--vaadin-input-field-placeholder-color");
	}

	/** The format a date picker shows its date in, or none when it follows the locale. */
	public static String dateFormat(DatePickerI18n i18n) {
		return Optional.ofNullable(i18n)
			.map(DatePickerI18n::getDateFormats)
			.filter(f -> !f.isEmpty())
			.map(f -> f.get(0))
			.orElse(null);
	}

}
