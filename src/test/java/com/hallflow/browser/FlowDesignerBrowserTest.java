package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.Target;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Head office builds a flow with only the UI — a yes/no decision that runs 缴费 first and
 * comes back, a choice decision that ends "not eligible" with an explanation — test-runs
 * both branches from the designer, publishes it, and a clerk runs both paths to the right
 * receipts.
 */
class FlowDesignerBrowserTest extends BrowserTest {

	@Autowired
	FlowDesignService flows;

	@Test
	void a_designer_builds_test_runs_and_publishes_two_decisions_and_a_clerk_serves_both_paths() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		Counter counter = new Counter(browser, baseUrl());
		counter.signIn(admin.username(), Fixtures.PASSWORD);
		browser.open(baseUrl() + "flows");
		browser.byId("flow-create").click();
		String key = Fixtures.unique("BROWSER_FLOW_").toUpperCase();
		browser.type("new-flow-key", key);
		browser.type("new-flow-name", "浏览器测试流程");
		browser.byId("new-flow-save").click();
		browser.byId("step-list");

		// the steps, each named as the designer calls it
		addStep("判断分支", "查询号码状态");
		addStep("判断分支", "核对办理条件");
		pick("editor-input-0-type", "单选");
		browser.type("editor-input-0-options", "可以办理，不符合条件");
		addStep("结束并告知客户", "告知不符合条件");
		browser.typeArea("step-script", "很抱歉，您的号码暂不符合办理条件，请先结清欠费后再来办理。");
		addStep("话术步骤", "办理完成");
		browser.typeArea("step-script", "业务已办理完成，感谢您的耐心等待。");

		// 查询号码状态: 是 → 先办理 缴费，办完回到 核对办理条件
		browser.clickCell("查询号码状态");
		browser.waitForValue("step-title", "查询号码状态");
		browser.clickButton("添加分支规则");
		// a new rule leads nowhere until the designer says where
		browser.waitForText("分支还没有选择要转到的步骤");
		pick("rule-0-type", "先办理其他流程");
		pick("rule-0-flow", "缴费");
		pick("rule-0-return", "核对办理条件");

		// 核对办理条件: 不符合条件 → 告知不符合条件; otherwise → 办理完成
		browser.clickCell("核对办理条件");
		browser.waitForValue("step-title", "核对办理条件");
		browser.clickButton("添加分支规则");
		pick("rule-0-value", "不符合条件");
		pick("rule-0-type", "转到步骤");
		pick("rule-0-step", "告知不符合条件");
		browser.script("document.getElementById('otherwise-enabled').scrollIntoView({block: 'center'})");
		browser.byId("otherwise-enabled").findElement(By.cssSelector("input")).click();
		browser.waitUntil(d -> d.findElement(By.id("otherwise-type")).isDisplayed() ? Boolean.TRUE : null);
		pick("otherwise-type", "转到步骤");
		pick("otherwise-step", "办理完成");
		browser.waitForText("0 个错误");
		assertThat(browser.pageContains("共 5 条路径，已试运行 0 条")).isTrue();

		// test-run the branch through 缴费
		browser.byId("flow-trial").click();
		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/flows/" + key + "/trial") ? Boolean.TRUE : null);
		counter.yesNo("answer1", "是");
		trialNext();
		browser.waitForText("浏览器测试流程 › 缴费");
		payBill(counter, this::trialNext);
		browser.choose("input-answer2", "可以办理");
		trialNext();
		trialNext();
		browser.waitUntil(d -> d.findElement(By.id("trial-result")).getText().contains("办理完成") ? Boolean.TRUE : null);

		// and the branch that ends "not eligible", telling the customer why
		browser.byId("trial-again").click();
		counter.yesNo("answer1", "否");
		trialNext();
		browser.choose("input-answer2", "不符合条件");
		trialNext();
		browser.waitForText("很抱歉，您的号码暂不符合办理条件");
		trialNext();
		browser
			.waitUntil(d -> d.findElement(By.id("trial-result")).getText().contains("不符合办理条件") ? Boolean.TRUE : null);

		browser.byId("trial-to-editor").click();
		browser.waitForText("共 5 条路径，已试运行 2 条");
		browser.byId("flow-publish").click();
		browser.waitForText("有 3 条路径尚未试运行");
		browser.typeArea("publish-note", "第一版：停机先缴费，不符合条件时说明原因");
		browser.byId("publish-confirm").click();
		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/flows/" + key + "/versions") ? Boolean.TRUE : null);
		Object diagram = browser.waitUntil(d -> {
			Object text = browser.script("const d = document.querySelector('#version-reader flow-diagram');"
					+ "return d && d.shadowRoot ? d.shadowRoot.textContent : null;");
			return text != null && text.toString().contains("缴费") ? text : null;
		});
		assertThat(diagram.toString()).contains("办理：缴费", "查询号码状态 = 是", "核对办理条件 = 不符合条件")
			.doesNotContain("BILL_PAYMENT", "true", "answer");

		FlowDocument published = SystemAuthentication.callAsSystem(() -> flows.version(key, 1));
		Decision first = published.steps().get(0).decision();
		assertThat(first.rules().get(0).when().value()).isEqualTo(Boolean.TRUE);
		assertThat(first.rules().get(0).then().type()).isEqualTo(Target.Type.CALL);

		// a clerk serves both paths
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch(Fixtures.unique("设计测试厅")).id());
		browser.driver().manage().deleteAllCookies();
		counter.signIn(clerk.username(), Fixtures.PASSWORD);
		counter.start(key, "13812345678");
		counter.yesNo("answer1", "是");
		counter.next();
		payBill(counter, counter::next);
		browser.choose("input-answer2", "可以办理");
		counter.next();
		counter.next();
		browser.waitUntil(d -> "办理完成".equals(browser.byId("receipt-outcome").getText()) ? Boolean.TRUE : null);
		assertThat(browser.byId("receipt-steps").getText()).contains("其中办理：缴费", "确认金额");

		counter.start(key, "13812345678");
		counter.yesNo("answer1", "否");
		counter.next();
		browser.choose("input-answer2", "不符合条件");
		counter.next();
		browser.waitForText("很抱歉，您的号码暂不符合办理条件");
		counter.next();
		browser.waitUntil(d -> "不符合办理条件".equals(browser.byId("receipt-outcome").getText()) ? Boolean.TRUE : null);
		assertThat(browser.byId("receipt-steps").getText()).contains("告知不符合条件")
			.contains("很抱歉，您的号码暂不符合办理条件，请先结清欠费后再来办理。")
			.doesNotContain("缴费");
	}

	/**
	 * Picks an item in a select of the editor, scrolled to the middle of the form first.
	 */
	private void pick(String fieldId, String itemText) {
		WebElement field = browser.waitUntil(
				d -> d.findElements(By.id(fieldId)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
		field.click();
		// the select's own items: another select may show an item with the same text
		WebElement item = browser
			.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened] vaadin-select-item"))
				.stream()
				// by its text content: an item below the overlay's visible part shows no
				// text
				.filter(e -> itemText.equals(e.getAttribute("textContent").trim()))
				.findFirst()
				.orElse(null));
		// with many flows published the item may sit below the overlay's visible part
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", item);
		browser.waitUntil(
				d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty() ? Boolean.TRUE : null);
	}

	/** Adds a step of this kind and names it; waits until the list shows the name. */
	private void addStep(String kind, String title) {
		int before = browser.driver().findElements(By.cssSelector("#step-list vaadin-grid-cell-content")).size();
		browser.choose("step-add", kind);
		browser.waitUntil(d -> d.findElements(By.cssSelector("#step-list vaadin-grid-cell-content")).size() > before
				? Boolean.TRUE : null);
		browser.type("step-title", title);
		browser.waitUntil(d -> d.findElements(By.cssSelector("#step-list vaadin-grid-cell-content"))
			.stream()
			.anyMatch(c -> c.getText().trim().equals(title)) ? Boolean.TRUE : null);
	}

	/**
	 * 缴费's steps as a clerk fills them, pressing Next with {@code next}: called, it has
	 * no greeting, 其他需求 or farewell.
	 */
	private void payBill(Counter counter, Runnable next) {
		browser.type("input-mobile", "13812345678");
		counter.yesNo("holderConfirmed", "是");
		next.run();
		browser.type("input-amount", "50");
		next.run();
		counter.tickAll();
		next.run();
		counter.tickAll();
		next.run();
	}

	/** Presses Next in a test-run and waits until the step or the result changed. */
	private void trialNext() {
		String before = browser.byId("trial-where").getText() + "|"
				+ browser.driver().findElement(By.id("trial-result")).getText();
		browser.script("document.getElementById('trial-next').click()");
		browser.waitUntil(d -> {
			WebElement where = d.findElement(By.id("trial-where"));
			String now = where.getText() + "|" + d.findElement(By.id("trial-result")).getText();
			return now.equals(before) ? null : Boolean.TRUE;
		});
	}

}
