package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The version history in a real browser: a long script edited at the end of its last
 * sentence shows whole in both versions, the words put in marked so that they read
 * without colour (underlined) as well as with it.
 */
class FlowHistoryBrowserTest extends BrowserTest {

	private static final String OPENING = "您好，欢迎光临。今天为您办理套餐变更，新套餐次月1日起生效，本月仍按原套餐计费；"
			+ "原套餐剩余的流量和通话分钟数在月底清零，不会结转到新套餐。如您有合约在身，变更可能需要支付违约金，" + "我会先为您查询清楚，再请您确认后";

	@Autowired
	FlowDesignService flows;

	@Test
	void an_edit_at_the_end_of_a_long_script_is_shown_marked_in_the_whole_new_text() {
		String key = Fixtures.unique("BROWSER_HISTORY_").toUpperCase();
		SystemAuthentication.runAsSystem(() -> {
			flows.create(new NewFlowCommand(key, "历史对比测试流程", "测试"));
			publish(key, OPENING + "签字。");
			flows.newDraftFrom(key, 1);
			publish(key, OPENING + "在屏幕上签字确认。");
		});
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		new Counter(browser, baseUrl()).signIn(admin.username(), Fixtures.PASSWORD);

		browser.open(baseUrl() + "flows/" + key + "/versions");
		WebElement inserted = browser
			.waitUntil(d -> d.findElements(By.cssSelector("#version-diff ins")).size() == 2 ? d : null)
			.findElements(By.cssSelector("#version-diff ins"))
			.get(0);
		browser.script("document.getElementById('version-diff').scrollIntoView({block: 'center'})");

		assertThat(inserted.getText()).isEqualTo("在屏幕上");
		assertThat(inserted.isDisplayed()).isTrue();
		assertThat(inserted.getCssValue("text-decoration-line")).isEqualTo("underline");
		assertThat(inserted.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
		assertThat(browser.byId("version-diff").findElements(By.cssSelector("del"))).isEmpty();
		String diff = browser.byId("version-diff").getText();
		assertThat(diff).contains("话术有修改", OPENING + "签字。", OPENING + "在屏幕上签字确认。");
		assertThat(browser.script("const d = document.getElementById('version-diff');"
				+ "return d.getBoundingClientRect().right <= d.parentElement.getBoundingClientRect().right + 1;"))
			.as("long texts wrap inside the view")
			.isEqualTo(Boolean.TRUE);
		assertThat(browser.driver().getTitle()).startsWith("历史对比测试流程的历史版本").doesNotContain(key);
	}

	private void publish(String key, String script) {
		Draft draft = flows.draft(key).orElseThrow();
		Draft saved = flows.saveDraft(key, draft.lockVersion(),
				draft.document().withSteps(List.of(StepDefinition.of("greet", "问候", script))));
		flows.publish(key, saved.lockVersion(), "改话术", null);
	}

}
