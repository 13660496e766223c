package com.hallflow.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * A link that downloads a table as CSV, built when it is clicked (so it holds the figures
 * the screen's filters select then). UTF-8 with a byte-order mark, so spreadsheet
 * programs read the Chinese text right; fields quoted as RFC 4180 asks.
 */
public final class CsvDownload {

	private CsvDownload() {
	}

	public static Anchor link(String id, String label, String fileName, Supplier<List<List<String>>> rows) {
		return DownloadLink.of(id, VaadinIcon.DOWNLOAD, label, fileName, "text/csv;charset=UTF-8",
				() -> csv(rows.get()));
	}

	/** The rows as CSV bytes; the first row is the header. */
	public static byte[] csv(List<List<String>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append(field(row.get(i)));
			}
			out.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String field(String value) {
		if (value == null) {
			return "";
		}
		// a leading =, +, - or @ would be taken for a formula by spreadsheet programs
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
				? "'" + value : value;
		boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
		return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

}
