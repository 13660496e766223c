package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home pages' links work in a real browser, in place, without reloading the page. */
class HomeBrowserTest extends BrowserTest {

	@Autowired
	ServiceSessionService sessions;

	@Test
	void a_clerk_continues_an_unfinished_session_from_home_and_goes_to_the_counter() {
		BranchSummary branch = fixtures.branch(Fixtures.unique("首页浏览器厅"));
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		Fixtures.signIn(clerk);
		RunningSession unfinished = new Clerk(sessions).next(sessions.start(StartSessionCommand.of("PASSWORD_RESET")));
		Counter counter = new Counter(browser, baseUrl());
		counter.signIn(clerk.username(), Fixtures.PASSWORD);

		browser.script("window.homeNotReloaded = true");
		browser.byId("home-resume-" + unfinished.id()).click();
		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/sessions/" + unfinished.id()) ? Boolean.TRUE : null);
		browser.byId("run-next");
		assertThat(browser.script("return window.homeNotReloaded === true")).isEqualTo(true);

		browser.open(baseUrl());
		browser.byId("home-counter").click();
		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/counter") ? Boolean.TRUE : null);
		browser.byId("flow-tiles");
	}

	@Test
	void head_office_lands_on_what_needs_attention() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		new Counter(browser, baseUrl()).signIn(admin.username(), Fixtures.PASSWORD);

		assertThat(browser.byId("home-head-office").getText()).contains("需要关注").contains("昨日全网");
	}

}
