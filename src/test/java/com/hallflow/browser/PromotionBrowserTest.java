package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.RolloutService;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Head office creates a package and rolls it out to one pilot branch from today; a clerk
 * of that branch offers it at SIM replacement's recommendation step and the customer
 * takes it up, so it is on the receipt; a clerk of another branch is not offered it.
 */
class PromotionBrowserTest extends BrowserTest {

	@Autowired
	RolloutService rollouts;

	@Test
	void head_office_pilots_a_package_at_one_branch_and_only_that_branch_offers_it() {
		BranchSummary pilot = fixtures.branch(Fixtures.unique("试点营业厅"));
		BranchSummary other = fixtures.branch(Fixtures.unique("其他营业厅"));
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		String base = "http://localhost:" + port + "/";
		Counter counter = new Counter(browser, base);
		String code = Fixtures.unique("VIDEO-");
		String name = "视频会员试点包" + code;

		counter.signIn(admin.username(), Fixtures.PASSWORD);
		browser.open(base + "promotions/packages");
		browser.byId("package-create").click();
		browser.type("package-code", code);
		browser.type("package-name", name);
		browser.type("package-price", "15");
		browser.typeArea("package-pitch", "{customer.name}您好，视频会员每月只要 15 元");
		browser.pick("package-placements", "补卡 · 推荐增值业务");
		browser.choose("package-status", "上架");
		browser.script("document.getElementById('package-save').click()");
		browser.waitForDialogsClosed();
		browser.waitForText("增值业务已保存");
		browser.screenshot("promotion-package-saved");

		browser.open(base + "promotions/planner");
		browser.byId("rollout-create").click();
		browser.pick("rollout-package", code + " " + name);
		browser.type("rollout-name", "试点：" + name);
		browser.pick("rollout-stage-0-branches", pilot.code() + " " + pilot.name());
		browser.script("document.getElementById('rollout-save').click()");
		browser.waitForDialogsClosed();
		browser.waitForText("推广计划已保存");
		browser.screenshot("promotion-planner");
		// the grid lists every rollout of the shared test database; ask the service what
		// was saved
		assertThat(SystemAuthentication.callAsSystem(rollouts::all)).filteredOn(r -> r.name().equals("试点：" + name))
			.singleElement()
			.satisfies(r -> assertThat(r.stages().get(0).targets()).containsExactly(RolloutTarget.branch(pilot.id())));

		UserSummary pilotClerk = fixtures.user(StaffRole.BRANCH_STAFF, pilot.id());
		signInAgain(counter, pilotClerk);
		toRecommendStep(counter);
		browser.byId("offer-" + code);
		assertThat(browser.byId("offers").getText()).contains(name, "视频会员每月只要 15 元", "¥15.00/月");
		browser.screenshot("promotion-offer");
		browser
			.waitUntil(d -> d.findElement(By.id("offer-outcome-" + code))
				.findElements(By.cssSelector("vaadin-radio-button"))
				.stream()
				.filter(r -> r.getText().trim().equals("已办理"))
				.findFirst()
				.orElse(null))
			.click();
		counter.next();
		counter.tickAll();
		counter.next();
		counter.next();
		assertThat(browser.byId("receipt-offers").getText()).contains(name, "¥15.00/月");

		UserSummary otherClerk = fixtures.user(StaffRole.BRANCH_STAFF, other.id());
		signInAgain(counter, otherClerk);
		toRecommendStep(counter);
		assertThat(browser.driver().findElements(By.id("offers"))).isEmpty();
		assertThat(browser.pageContains(name)).isFalse();
	}

	private void signInAgain(Counter counter, UserSummary user) {
		browser.driver().manage().deleteAllCookies();
		counter.signIn(user.username(), Fixtures.PASSWORD);
	}

	private void toRecommendStep(Counter counter) {
		counter.start("SIM_REPLACEMENT", "13812345678");
		counter.next();
		browser.type("input-mobile", "13812345678");
		counter.yesNo("suspended", "否");
		counter.next();
		browser.choose("input-grade", "金卡客户");
		counter.tickAll();
		counter.next();
		browser.type("input-fee", "20");
		counter.tickAll();
		counter.next();
		counter.signOnPaper("signature");
		counter.next();
		counter.next();
		browser.waitForText("推荐增值业务");
	}

}
