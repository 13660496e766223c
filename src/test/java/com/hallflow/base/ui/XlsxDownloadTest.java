package com.hallflow.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The workbooks written by hand are read back by Apache POI, an independent reader of the
 * format.
 */
class XlsxDownloadTest {

	@Test
	void a_table_reads_back_with_its_header_bold_numbers_as_numbers_and_text_as_text() throws Exception {
		byte[] xlsx = XlsxDownload.xlsx("服务质量/按业务",
				List.of(List.of("业务", "受理笔数", "规范率", "编号"), List.of("缴费 & <充值>", "12", "66.7%", "007"),
						List.of("=HYPERLINK(\"x\")", "-3.5", " 前后空格 ", "1e5"),
						List.of("控制\u0001字符", "", "12345678901234567", "0.25")));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("服务质量 按业务");
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("业务");
			assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("缴费 & <充值>");
			assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(12.0);
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("66.7%");
			assertThat(first.getCell(3).getCellType()).as("a code keeps its zeros").isEqualTo(CellType.STRING);
			Row second = sheet.getRow(2);
			assertThat(second.getCell(0).getCellType()).as("never a formula").isEqualTo(CellType.STRING);
			assertThat(second.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
			assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(-3.5);
			assertThat(second.getCell(2).getStringCellValue()).isEqualTo(" 前后空格 ");
			assertThat(second.getCell(3).getCellType()).isEqualTo(CellType.STRING);
			Row third = sheet.getRow(3);
			assertThat(third.getCell(0).getStringCellValue()).isEqualTo("控制字符");
			assertThat(third.getCell(1)).isNull();
			assertThat(third.getCell(2).getCellType()).as("too long to be exact as a number")
				.isEqualTo(CellType.STRING);
			assertThat(third.getCell(3).getNumericCellValue()).isEqualTo(0.25);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		}
	}

	@Test
	void columns_are_named_as_spreadsheets_name_them() {
		assertThat(List.of(0, 25, 26, 51, 52, 701, 702)).map(XlsxDownload::column)
			.containsExactly("A", "Z", "AA", "AZ", "BA", "ZZ", "AAA");
	}

}
