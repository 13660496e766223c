package com.hallflow.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A link that downloads a table as an Excel workbook (.xlsx, Office Open XML), built when
 * it is clicked. One sheet, the first row bold and frozen, plain numbers as numbers and
 * everything else as text (so codes keep their leading zeros and nothing is ever read as
 * a formula). The package is the handful of parts SpreadsheetML requires, written
 * directly: a table needs no spreadsheet library (Apache POI would add some 15 MB to the
 * application; the tests read what is written here with it).
 */
public final class XlsxDownload {

	public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,13})(\\.[0-9]{1,6})?");

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private XlsxDownload() {
	}

	public static Anchor link(String id, String label, String fileName, String sheetName,
			Supplier<List<List<String>>> rows) {
		return DownloadLink.of(id, VaadinIcon.TABLE, label, fileName, MEDIA_TYPE, () -> xlsx(sheetName, rows.get()));
	}

	/** The rows as a workbook of one sheet; the first row is the header. */
	public static byte[] xlsx(String sheetName, List<List<String>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			part(zip, "[Content_Types].xml", """
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					<Override PartName="/xl/styles.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
			part(zip, "_rels/.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
					+ OFFICE + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			part(zip, "xl/workbook.xml",
					"<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE + "\"><sheets>" + "<sheet name=\""
							+ escape(sheetTitle(sheetName)) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
							+ "</workbook>");
			part(zip, "xl/_rels/workbook.xml.rels",
					"<Relationships xmlns=\"" + RELATIONSHIPS + "\">" + "<Relationship Id=\"rId1\" Type=\"" + OFFICE
							+ "/worksheet\" Target=\"worksheets/sheet1.xml\"/>" + "<Relationship Id=\"rId2\" Type=\""
							+ OFFICE + "/styles\" Target=\"styles.xml\"/>" + "</Relationships>");
			part(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">"
					+ "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
					+ "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
					+ "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
					+ "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
					+ "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
					+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
					+ "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
					+ "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
					+ "</styleSheet>");
			part(zip, "xl/worksheets/sheet1.xml", sheet(rows));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static String sheet(List<List<String>> rows) {
		StringBuilder xml = new StringBuilder("<worksheet xmlns=\"").append(MAIN).append("\">");
		xml.append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
				+ " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><sheetData>");
		for (int r = 0; r < rows.size(); r++) {
			xml.append("<row r=\"").append(r + 1).append("\">");
			List<String> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				String value = row.get(c);
				if (value == null || value.isEmpty()) {
					continue;
				}
				String ref = column(c) + (r + 1);
				String style = r == 0 ? " s=\"1\"" : "";
				if (r > 0 && NUMBER.matcher(value).matches()) {
					xml.append("<c r=\"")
						.append(ref)
						.append('"')
						.append(style)
						.append("><v>")
						.append(value)
						.append("</v></c>");
				}
				else {
					xml.append("<c r=\"")
						.append(ref)
						.append('"')
						.append(style)
						.append(" t=\"inlineStr\"><is><t")
						.append(value.isBlank() || !value.strip().equals(value) ? " xml:space=\"preserve\"" : "")
						.append('>')
						.append(escape(value))
						.append("</t></is></c>");
				}
			}
			xml.append("</row>");
		}
		return xml.append("</sheetData></worksheet>").toString();
	}

	/** A, B, … Z, AA, AB, … for a zero-based column. */
	static String column(int index) {
		StringBuilder name = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			name.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return name.toString();
	}

	/** Excel's sheet names: at most 31 characters, none of []:*?/\. */
	private static String sheetTitle(String name) {
		String clean = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}

	/** XML text: markup characters escaped, characters XML 1.0 cannot carry left out. */
	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			switch (cp) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
							|| (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
						out.appendCodePoint(cp);
					}
				}
			}
		});
		return out.toString();
	}

	private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
			.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
