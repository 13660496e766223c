package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.security.StaffRole;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.Dates;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * A clerk serves a customer in a real Chromium: plan change on a suspended line, through
 * bill payment.
 */
class CounterBrowserTest extends BrowserTest {

	@Test
	void a_clerk_changes_the_plan_of_a_suspended_line_paying_the_bill_first_and_the_customer_signs_on_the_pad()
			throws Exception {
		String branchName = Fixtures.unique("天河测试厅");
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch(branchName).id());
		Counter counter = new Counter(browser, "http://localhost:" + port + "/");
		counter.signIn(clerk.username(), Fixtures.PASSWORD);

		counter.start("PLAN_CHANGE", "13812345678");
		counter.next();
		browser.waitForText("查询号码状态");
		// typed once, in the start dialog: every step that asks for the customer's number
		// has it
		assertThat(browser.script("return document.getElementById('input-mobile').value")).isEqualTo("13812345678");
		counter.yesNo("suspended", "是");
		counter.next();
		browser.waitForText("停机提示");
		counter.next();
		browser.waitUntil(d -> browser.byId("breadcrumb").getText().equals("套餐变更 › 缴费") ? Boolean.TRUE : null);

		// the called 缴费 greets nobody: it starts at the holder check, number filled in
		assertThat(browser.text(browser.driver(), ".step-title")).isEqualTo("核对机主");
		assertThat(browser.script("return document.getElementById('input-mobile').value")).isEqualTo("13812345678");
		counter.yesNo("holderConfirmed", "是");
		counter.next();
		browser.type("input-amount", "50");
		counter.enterIn("input-amount");
		counter.tickAll();
		counter.next();
		counter.tickAll();
		counter.signOnPaper("signature");
		counter.next();

		// and neither asks "anything else?" nor says goodbye in the middle of the plan
		// change
		browser.waitUntil(d -> browser.byId("breadcrumb").getText().equals("套餐变更") ? Boolean.TRUE : null);
		browser.waitForText("讲解变更内容");
		browser.choose("input-newPlan", "畅享 99 元套餐");
		// the script names the plan as soon as it is chosen
		browser.waitUntil(
				d -> browser.text(browser.driver(), ".script-card").contains("您要变更为畅享 99 元套餐") ? Boolean.TRUE : null);
		counter.yesNo("accepted", "是");
		counter.next();
		browser.waitForText("验证服务密码");
		// back: the plan chosen is still chosen
		counter.back();
		browser.waitForText("讲解变更内容");
		assertThat(browser.byId("input-newPlan").getText()).contains("畅享 99 元套餐");
		counter.next();
		counter.yesNo("passwordOk", "是");
		counter.next();
		browser.waitForText("办理变更");
		counter.tickAll();
		// a reload keeps what was ticked on the step
		counter.waitForServer();
		browser.driver().navigate().refresh();
		browser.waitForText("办理变更");
		assertThat(browser
			.script("return [...document.querySelectorAll('.checklist vaadin-checkbox')].every(b => b.checked)"))
			.isEqualTo(Boolean.TRUE);
		counter.next();
		browser.waitForText("客户签字");
		counter.sign("signature-signature-0");
		browser.screenshot("counter-signature");
		counter.next();
		counter.next();
		counter.tickAll();
		counter.next();
		counter.tickAll();
		counter.next();

		String number = browser.byId("receipt-number").getText();
		assertThat(number).matches(".+-\\d{8}-0001");
		assertThat(browser.byId("receipt-total").getText()).contains("¥50");
		assertThat(browser.byId("receipt-outcome").getText()).isEqualTo("办理完成");
		// the business done, the called payment under its name, no greeting or farewell
		assertThat(browser.byId("receipt-steps").getText()).contains("其中办理：缴费", "确认金额", "畅享 99 元套餐", "138****5678")
			.doesNotContain("13812345678", "迎宾问候", "送别客户", "礼貌道别");
		LocalDate today = LocalDate.now(ClockConfiguration.BUSINESS_ZONE);
		assertThat(browser.byId("receipt-takes-effect").getText())
			.isEqualTo(Dates.day(today.withDayOfMonth(1).plusMonths(1), Locale.SIMPLIFIED_CHINESE));
		Object imageWidth = browser
			.script("const img = document.querySelector('#receipt-signatures img'); return img ? img.naturalWidth : 0");
		assertThat(((Number) imageWidth).intValue()).isGreaterThan(10);

		// the receipt showed in place; the address bar names it, so a reload prints the
		// same receipt
		assertThat(browser.driver().getCurrentUrl()).endsWith("/receipt");
		browser.driver().navigate().refresh();
		browser.waitForText("办理完成");
		assertThat(browser.byId("receipt-number").getText()).isEqualTo(number);

		// printed to PDF as Chromium prints it, the receipt is whole: the amounts, the
		// signatures and the footer with the number are on paper
		String printed = printedText();
		assertThat(printed).contains(number, "合计", "¥50", "畅享 99 元套餐", "客户签字", "生效日期");
		String[] lines = printed.strip().split("\\R");
		assertThat(lines[lines.length - 1]).as("the footer is the last line on paper").contains(number);

		// on an 80 mm thermal roll: one 72 mm column, still whole
		browser.script("[...document.querySelectorAll('#receipt-paper vaadin-radio-button')]"
				+ ".find(r => r.textContent.includes('80')).querySelector('input').click()");
		browser
			.waitUntil(d -> Boolean.TRUE.equals(browser.script("return document.body.classList.contains('paper-roll')"))
					? Boolean.TRUE : null);
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		Number width = (Number) browser
			.script("return document.getElementById('receipt').getBoundingClientRect().width");
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		assertThat(width.doubleValue()).as("px on paper; 80 mm is 302 px").isLessThanOrEqualTo(80 / 25.4 * 96);
		PrintOptions roll = new PrintOptions();
		roll.setPageSize(new PageSize(29.7, 8.0));
		roll.setPageMargin(new PageMargin(0.4, 0.4, 0.4, 0.4));
		String onRoll = printedText(roll);
		assertThat(onRoll).contains(number, "合计", "¥50", "畅享 99 元套餐", "客户签字", "生效日期");
		String[] rollLines = onRoll.strip().split("\\R");
		assertThat(rollLines[rollLines.length - 1]).contains(number);
	}

	private String printedText() throws Exception {
		return printedText(new PrintOptions());
	}

	private String printedText(PrintOptions options) throws Exception {
		Pdf pdf = ((PrintsPage) browser.driver()).print(options);
		byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
		// kept beside the screenshots, to look at what the printer gets
		Path saved = Path.of("target", "screenshots");
		Files.createDirectories(saved);
		Files.write(saved.resolve("receipt-" + options.getPageSize().getWidth() + "cm.pdf"), bytes);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
