package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** Head office builds, publishes and reviews a flow in a real browser. */
class FlowDesignerBrowserTest extends BrowserTest {

	@Autowired
	FlowDesignService flows;

	@Test
	void an_admin_builds_a_three_step_flow_that_calls_bill_payment_publishes_it_and_sees_the_call_in_history() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		signIn(admin);
		browser.open(url("flows"));
		browser.byId("flow-create").click();
		String key = Fixtures.unique("BROWSER_FLOW_").toUpperCase();
		browser.type("new-flow-key", key);
		browser.type("new-flow-name", "浏览器测试流程");
		browser.byId("new-flow-save").click();
		browser.byId("step-list");

		browser.choose("step-add", "话术步骤");
		browser.waitForValue("step-key", "script-1");
		browser.typeArea("step-script", "您好，{customer.name}，请问办理什么业务？");
		browser.choose("step-add", "判断分支");
		browser.waitForValue("step-key", "decision-1");
		browser.choose("step-add", "话术步骤");
		browser.waitForValue("step-key", "script-2");
		browser.typeArea("step-script", "业务已办理完成，感谢您的耐心等待。");

		browser.clickCell("判断分支");
		browser.waitForValue("step-key", "decision-1");
		browser.clickButton("添加分支规则");
		browser.type("rule-0-value", "true");
		browser.choose("rule-0-type", "先办理其他流程");
		browser.choose("rule-0-flow", "BILL_PAYMENT");
		browser.choose("rule-0-return", "script-2");
		browser.waitForText("0 个错误");

		browser.byId("flow-publish").click();
		browser.typeArea("publish-note", "第一版：停机先缴费");
		browser.byId("publish-confirm").click();

		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/flows/" + key + "/versions") ? Boolean.TRUE : null);
		browser.waitForText("第 1 版");
		Object diagramText = browser.waitUntil(d -> {
			Object text = browser.script("const d = document.querySelector('#version-reader flow-diagram');"
					+ "return d && d.shadowRoot ? d.shadowRoot.textContent : null;");
			return text != null && text.toString().contains("BILL_PAYMENT") ? text : null;
		});
		assertThat(diagramText.toString()).contains("办理：BILL_PAYMENT").contains("办完返回");

		StepDefinition decision = SystemAuthentication.callAsSystem(() -> flows.version(key, 1))
			.step("decision-1")
			.orElseThrow();
		assertThat(decision.decision().rules().get(0).then()).isEqualTo(Target.call("BILL_PAYMENT", "script-2"));
	}

	private void signIn(UserSummary user) {
		browser.open(url("login"));
		WebElement name = browser.input("vaadinLoginUsername");
		name.sendKeys(user.username());
		browser.input("vaadinLoginPassword").sendKeys(Fixtures.PASSWORD, Keys.ENTER);
		browser.byId("home-greeting");
	}

	private String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

}
