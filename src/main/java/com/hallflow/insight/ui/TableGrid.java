package com.hallflow.insight.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A grid of text columns whose downloads hold exactly what it shows, column for column.
 */
class TableGrid<T> extends Grid<T> {

	/**
	 * Up to this many rows a table shows them all (the page scrolls); a longer one
	 * scrolls inside a box of about this many rows.
	 */
	static final int ROWS_SHOWN = 12;

	private final List<String> headerKeys = new ArrayList<>();

	private final List<Function<T, String>> cells = new ArrayList<>();

	TableGrid(String id) {
		setId(id);
		setWidthFull();
	}

	/**
	 * Shows {@code items}: a short table whole, a long one in a box of
	 * {@value #ROWS_SHOWN} rows that scrolls, so the chart above keeps its height either
	 * way.
	 */
	void show(List<T> items) {
		setItems(items);
		boolean whole = items.size() <= ROWS_SHOWN;
		setAllRowsVisible(whole);
		setHeight(whole ? null : (ROWS_SHOWN + 1) * 2.25 + "rem");
	}

	/** Adds a column headed by the translation of {@code headerKey}. */
	Grid.Column<T> text(String headerKey, Function<T, String> cell) {
		headerKeys.add(headerKey);
		cells.add(cell);
		return addColumn(cell::apply).setHeader(getTranslation(headerKey)).setAutoWidth(true);
	}

	/**
	 * The header row, then one row per item shown, as the CSV and Excel downloads write
	 * them.
	 */
	List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(headerKeys.stream().map(this::getTranslation).toList());
		getGenericDataView().getItems().forEach(item -> rows.add(cells.stream().map(c -> c.apply(item)).toList()));
		return rows;
	}

}
