package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UpdateUserCommand;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Browser;
import com.hallflow.support.Fixtures;
import com.hallflow.support.SignInThrottles;
import com.hallflow.support.WebServerTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A handful of journeys in a real Chromium against the whole application. */
@WebServerTest
@ExtendWith(Browser.class)
class FoundationBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	@BeforeEach
	void startBrowser() throws Exception {
		browser = Browser.start("zh-CN");
	}

	@AfterEach
	void closeBrowser(TestInfo test) throws Exception {
		browser.screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
		browser.close();
		SignInThrottles.forgetAddresses(jdbc);
	}

	@Test
	void admin_creates_a_branch_and_a_clerk_who_must_change_the_password_and_then_sees_their_home() {
		RegionNode city = fixtures.city(fixtures.province("广东省"), Fixtures.unique("东莞市"));
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		signIn(admin.username(), Fixtures.PASSWORD);
		browser.byId("home-greeting");
		// the tests run the production bundle, as the production jar serves it: built
		// scripts, no development tools
		assertThat(browser.script("return Array.from(document.scripts).some(s => s.src.includes('/VAADIN/build/'))"))
			.isEqualTo(true);
		assertThat(browser.script("return document.querySelector('vaadin-dev-tools') === null")).isEqualTo(true);

		browser.open(url("branches"));
		browser.byId("branch-create").click();
		String code = Fixtures.unique("DG-");
		browser.type("branch-code", code);
		browser.type("branch-name", "东莞南城营业厅");
		pick("branch-region", city.name());
		browser.type("branch-address", "南城区鸿福路 88 号");
		browser.byId("branch-save").click();
		browser.waitForDialogsClosed();
		browser.type("branch-search", code);
		browser.waitForText(code);

		browser.open(url("staff"));
		browser.byId("staff-create").click();
		String username = Fixtures.unique("liu");
		browser.type("user-username", username);
		browser.type("user-display-name", "刘晓红");
		pick("user-branch", code);
		browser.type("user-password", "initial-pass-1");
		browser.byId("user-save").click();
		browser.waitForDialogsClosed();
		browser.type("staff-search", username);
		browser.waitForText(username);

		browser.byId("logout").click();
		browser.waitUntil(d -> d.getCurrentUrl().contains("login") ? Boolean.TRUE : null);

		signIn(username, "initial-pass-1");
		browser.waitUntil(d -> d.getCurrentUrl().contains("change-password") ? Boolean.TRUE : null);
		browser.type("current-password", "initial-pass-1");
		browser.type("new-password", "my-own-pass-2");
		browser.type("repeat-password", "my-own-pass-2");
		browser.byId("change-password-save").click();

		assertThat(browser.byId("home-greeting").getText()).contains("刘晓红");
		assertThat(browser.byId("home-branch").getText()).contains("东莞南城营业厅").contains(code);
		assertThat(browser.byId("current-user-branch").getText()).isEqualTo("东莞南城营业厅");
	}

	@Test
	void after_five_wrong_passwords_the_sign_in_form_says_how_long_to_wait_and_signs_nobody_in() {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("限速浏览器厅").id());
		for (int i = 0; i < 5; i++) {
			signIn(clerk.username(), "wrong-password-" + i);
			browser.waitUntil(d -> d.getCurrentUrl().contains("error") ? Boolean.TRUE : null);
		}
		assertThat(loginErrorText()).contains("用户名或密码不正确");

		signIn(clerk.username(), Fixtures.PASSWORD);
		browser.waitUntil(d -> d.getCurrentUrl().contains("error") ? Boolean.TRUE : null);
		// the test profile's first wait is a minute
		assertThat(loginErrorText()).contains("登录尝试过多").containsPattern("请在 \\d+ 秒后再试");
		assertThat(browser.driver().findElements(By.id("home-greeting"))).isEmpty();
	}

	@Test
	void the_language_switch_shows_english_and_chinese_and_is_remembered() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		signIn(admin.username(), Fixtures.PASSWORD);
		browser.byId("home-greeting");
		assertThat(browser.byId("logout").getText()).isEqualTo("退出登录");

		assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
		chooseLanguage("English");
		browser.waitUntil(d -> "Sign out".equals(browser.byId("logout").getText()) ? Boolean.TRUE : null);
		assertThat(browser.pageContains("Hello, 测试员工")).isTrue();
		assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");

		browser.byId("logout").click();
		browser.waitUntil(d -> d.getCurrentUrl().contains("login") ? Boolean.TRUE : null);
		signIn(admin.username(), Fixtures.PASSWORD);
		browser.waitUntil(d -> "Sign out".equals(browser.byId("logout").getText()) ? Boolean.TRUE : null);

		chooseLanguage("中文");
		browser.waitUntil(d -> "退出登录".equals(browser.byId("logout").getText()) ? Boolean.TRUE : null);
	}

	@Test
	void unknown_pages_and_forbidden_pages_are_friendly() {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("错误页测试厅").id());
		signIn(clerk.username(), Fixtures.PASSWORD);
		browser.byId("home-greeting");

		browser.open(url("no-such-page"));
		browser.waitForText("页面不存在");
		browser.open(url("staff"));
		browser.waitForText("无权访问");
		assertThat(browser.pageContains("Exception")).isFalse();
	}

	@Test
	void disabling_an_account_ends_its_open_session() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		BranchSummary branch = fixtures.branch("停用会话厅");
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		signIn(clerk.username(), Fixtures.PASSWORD);
		browser.byId("home-greeting");

		Fixtures.signIn(admin);
		try {
			accounts.update(new UpdateUserCommand(clerk.id(), clerk.lockVersion(), clerk.displayName(), clerk.role(),
					branch.id(), false));
		}
		finally {
			Fixtures.signOut();
		}

		browser.open(url(""));
		browser.waitUntil(d -> d.getCurrentUrl().contains("login") ? Boolean.TRUE : null);
		assertThat(browser.driver().findElements(By.id("home-greeting"))).isEmpty();
	}

	private void signIn(String username, String password) {
		browser.open(url("login"));
		WebElement user = browser.input("vaadinLoginUsername");
		user.clear();
		user.sendKeys(username);
		WebElement pass = browser.input("vaadinLoginPassword");
		pass.clear();
		pass.sendKeys(password, Keys.ENTER);
	}

	private String loginErrorText() {
		return browser.waitUntil(d -> {
			Object text = ((JavascriptExecutor) d)
				.executeScript("const f = document.querySelector('vaadin-login-form-wrapper');"
						+ "const e = f && f.shadowRoot && f.shadowRoot.querySelector('[part=error-message]');"
						+ "return e && !e.hidden ? e.innerText : null;");
			return text == null || text.toString().isBlank() ? null : text.toString();
		});
	}

	/** Types into a combo box and takes the first suggestion. */
	private void pick(String comboId, String text) {
		WebElement input = browser.input(comboId);
		input.sendKeys(text);
		browser
			.waitUntil(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty() ? Boolean.TRUE : null);
		input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
	}

	private void chooseLanguage(String label) {
		browser.byId("language-select").click();
		List<WebElement> items = browser.waitUntil(d -> {
			List<WebElement> found = d.findElements(By.cssSelector("vaadin-select-item"));
			return found.isEmpty() ? null : found;
		});
		items.stream().filter(i -> i.getText().trim().equals(label)).findFirst().orElseThrow().click();
	}

	private String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

}
