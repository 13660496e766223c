package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.security.StaffRole;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
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
		browser.type("input-mobile", "13812345678");
		counter.yesNo("suspended", "是");
		counter.next();
		browser.waitForText("停机提示");
		counter.next();
		browser.waitUntil(d -> browser.byId("breadcrumb").getText().equals("套餐变更 › 缴费") ? Boolean.TRUE : null);

		counter.next();
		browser.type("input-mobile", "13812345678");
		counter.yesNo("holderConfirmed", "是");
		counter.next();
		browser.type("input-amount", "50");
		counter.enterIn("input-amount");
		counter.tickAll();
		counter.next();
		counter.tickAll();
		counter.signOnPaper("signature");
		counter.next();
		counter.next();
		counter.next();

		browser.waitUntil(d -> browser.byId("breadcrumb").getText().equals("套餐变更") ? Boolean.TRUE : null);
		browser.waitForText("讲解变更内容");
		browser.choose("input-newPlan", "畅享 99 元套餐");
		counter.yesNo("accepted", "是");
		counter.next();
		counter.yesNo("passwordOk", "是");
		counter.next();
		counter.tickAll();
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
		assertThat(browser.byId("receipt-steps").getText()).contains("缴费 · 确认金额", "畅享 99 元套餐", "138****5678")
			.doesNotContain("13812345678");
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
		assertThat(printed).contains(number, "合计", "¥50", "畅享 99 元套餐", "客户签字");
		String[] lines = printed.strip().split("\\R");
		assertThat(lines[lines.length - 1]).as("the footer is the last line on paper").contains(number);
	}

	private String printedText() throws Exception {
		Pdf pdf = ((PrintsPage) browser.driver()).print(new PrintOptions());
		try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode(pdf.getContent()))) {
			return new PDFTextStripper().getText(document);
		}
	}

}
