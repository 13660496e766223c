package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.ui.XlsxDownload;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.SessionEndRelay;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A branch manager opens the service-quality dashboard: the charts draw, nothing errs,
 * the CSV downloads.
 */
class InsightBrowserTest extends BrowserTest {

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	SessionEndRelay endedSessions;

	@Test
	void the_dashboard_draws_its_charts_without_console_errors_and_the_csv_downloads() {
		BranchSummary branch = fixtures.branch(Fixtures.unique("看板营业厅"));
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		Fixtures.signIn(clerk);
		for (String flow : List.of("BILL_PAYMENT", "BILL_PAYMENT", "PASSWORD_RESET")) {
			new Clerk(sessions).finish(sessions.start(StartSessionCommand.of(flow)));
		}
		Fixtures.signOut();
		endedSessions.relayPending();
		UserSummary manager = fixtures.user(StaffRole.BRANCH_MANAGER, branch.id());
		Counter counter = new Counter(browser, "http://localhost:" + port + "/");
		counter.signIn(manager.username(), Fixtures.PASSWORD);
		browser.open("http://localhost:" + port + "/insight");
		browser.waitUntil(d -> "3".equals(browser.byId("insight-total-sessions").getText()) ? Boolean.TRUE : null);

		// ECharts drew bars into the chart's SVG
		Number bars = browser.waitUntil(d -> {
			Object found = browser.script("const c = document.getElementById('chart-by-flow');"
					+ " return c && c.shadowRoot ? c.shadowRoot.querySelectorAll('svg path').length : 0");
			return found instanceof Number n && n.intValue() > 2 ? n : null;
		});
		assertThat(bars.intValue()).isGreaterThan(2);
		browser.screenshot("insight-dashboard");

		Object csv = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(document.getElementById('insight-csv-flow').href).then(r => r.text()).then(done)
				  .catch(e => done('failed: ' + e));""");
		assertThat(csv.toString()).contains("业务,目标时长,受理笔数,办结").containsPattern("缴费,\\d+:00,2,2");
		Object xlsx = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(document.getElementById('insight-xlsx-flow').href)
				  .then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + '|'
				    + String.fromCharCode(...new Uint8Array(b).slice(0, 2)) + '|' + b.byteLength)))
				  .catch(e => done('failed: ' + e));""");
		String[] parts = xlsx.toString().split("\\|");
		assertThat(parts[0]).isEqualTo(XlsxDownload.MEDIA_TYPE);
		assertThat(parts[1]).as("a zip package").isEqualTo("PK");
		assertThat(Integer.parseInt(parts[2])).isGreaterThan(1000);

		List<LogEntry> errors = browser.driver()
			.manage()
			.logs()
			.get("browser")
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter(e -> !e.getMessage().contains("favicon"))
			.toList();
		assertThat(errors).isEmpty();
	}

}
