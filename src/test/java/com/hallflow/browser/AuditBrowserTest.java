package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Head office opens the audit log straight from its address on the production bundle: the
 * table has its width, a row reads in words and a click on it shows the change in full.
 */
class AuditBrowserTest extends BrowserTest {

	@Autowired
	BranchService branches;

	@Test
	void a_direct_visit_shows_the_log_and_a_click_on_a_row_shows_the_change_field_by_field() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		BranchSummary branch = fixtures.branch(Fixtures.unique("审计浏览厅"));
		Fixtures.signIn(admin);
		branches.update(new BranchCommand(branch.id(), branch.lockVersion(), branch.code(), branch.name() + "旗舰",
				branch.regionId(), branch.address(), false));
		Fixtures.signOut();
		new Counter(browser, baseUrl()).signIn(admin.username(), Fixtures.PASSWORD);
		browser.open(baseUrl() + "audit");
		browser.type("audit-text", branch.code());
		browser.choose("audit-action", "修改营业厅");
		String summary = "名称：" + branch.name() + " → " + branch.name() + "旗舰 等 2 项";
		browser.waitForText(summary);
		Number width = (Number) browser
			.script("return document.getElementById('audit-grid').getBoundingClientRect().width");
		assertThat(width.intValue()).isGreaterThan(400);
		assertThat(browser.pageContains("修改营业厅")).isTrue();

		browser.clickCell(summary);
		browser.waitForText("是 → 否");
		assertThat(browser.pageContains("营业状态")).isTrue();
	}

}
