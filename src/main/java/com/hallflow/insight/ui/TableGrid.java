package com.hallflow.insight.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A grid of text columns whose downloads hold exactly what it shows, column for column.
 */
class TableGrid<T> extends Grid<T> {

	private final List<String> headerKeys = new ArrayList<>();

	private final List<Function<T, String>> cells = new ArrayList<>();

	TableGrid(String id) {
		setId(id);
		setSizeFull();
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
