package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.security.StaffRole;
import com.hallflow.support.Browser;
import com.hallflow.support.Fixtures;
import com.hallflow.support.MariaDb;
import com.hallflow.support.MariaDbTest;
import com.hallflow.support.SecondNode;
import com.hallflow.support.TcpProxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The database drops away for about ten seconds under a node a head-office admin is
 * using: every page answers within 3 s with a translated "service temporarily
 * unavailable" (never a blank page, a stack trace or "wrong password" at the sign-in; the
 * API answers 503 with {@code Retry-After}), and once the database is back the same pages
 * work again without anyone restarting anything.
 */
@MariaDbTest
@ExtendWith(Browser.class)
class DatabaseOutageBrowserTest {

	private static final List<String> ROUTES = List.of("", "flows", "regions", "branches", "staff", "scripts",
			"records", "promotions/packages", "promotions/planner", "insight", "audit");

	@Autowired
	Environment environment;

	@Autowired
	Fixtures fixtures;

	private static void unavailableShown(Browser browser, String route) {
		try {
			browser.waitForText("服务暂时不可用");
		}
		catch (RuntimeException e) {
			browser.screenshot("outage-not-said-" + (route.isEmpty() ? "home" : route.replace('/', '_')));
			throw new AssertionError("/" + route + " did not say the service is unavailable; it showed: "
					+ browser.script("return document.body.innerText"), e);
		}
	}

	@Test
	void every_page_says_the_service_is_briefly_unavailable_and_comes_back_by_itself() throws Exception {
		String admin = fixtures.user(StaffRole.HQ_ADMIN, null).username();
		String clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("断网测试厅").id()).username();
		SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
		try (TcpProxy proxy = TcpProxy.to("127.0.0.1", 3306);
				ConfigurableApplicationContext node = SecondNode.start(environment, MariaDb.urlOnPort(proxy.port()));
				Browser browser = Browser.start("zh-CN")) {
			String base = "http://localhost:" + node.getEnvironment().getProperty("local.server.port") + "/";
			Counter counter = new Counter(browser, base);
			counter.signIn(admin, Fixtures.PASSWORD);
			browser.open(base + "flows");
			browser.byId("flow-create");

			proxy.cut();
			long cutAt = System.nanoTime();
			Map<String, Long> answeredMs = new LinkedHashMap<>();
			for (String route : ROUTES) {
				long started = System.nanoTime();
				browser.open(base + route);
				unavailableShown(browser, route);
				answeredMs.put("/" + route, (System.nanoTime() - started) / 1_000_000);
				browser.screenshot("outage-" + (route.isEmpty() ? "home" : route.replace('/', '_')));
			}
			HttpResponse<String> api = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(base + "api/me"))
					.header("Authorization",
							"Basic " + Base64.getEncoder()
								.encodeToString((admin + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
			assertThat(api.body()).contains("\"error\":\"base.error.unavailable\"");
			assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
			browser.driver().manage().deleteAllCookies();
			long signInStarted = System.nanoTime();
			browser.open(base + "login");
			browser.input("vaadinLoginUsername").sendKeys(clerk);
			browser.input("vaadinLoginPassword").sendKeys(Fixtures.PASSWORD, Keys.ENTER);
			// the form's message sits in its shadow root, out of the page's text
			browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("""
					const form = document.querySelector('vaadin-login-form');
					return !!form && form.error === true
					  && form.i18n.errorMessage.message.includes('系统暂时连不上数据库，无法核对账号');
					""")) ? Boolean.TRUE : null);
			answeredMs.put("sign-in", (System.nanoTime() - signInStarted) / 1_000_000);
			browser.screenshot("outage-sign-in");
			long cutForMs = (System.nanoTime() - cutAt) / 1_000_000;
			if (cutForMs < 10_000) {
				Thread.sleep(10_000 - cutForMs);
			}

			proxy.restore();
			long restoredAt = System.nanoTime();
			// as a load balancer would: send the clerk back once the node says it is
			// ready
			HttpClient http = HttpClient.newHttpClient();
			while (http
				.send(HttpRequest.newBuilder(URI.create(base + "actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() != 200) {
				Thread.sleep(100);
			}
			long readyMs = (System.nanoTime() - restoredAt) / 1_000_000;
			counter.signIn(admin, Fixtures.PASSWORD);
			browser.open(base + "flows");
			browser.byId("flow-create");
			long recoveredMs = (System.nanoTime() - restoredAt) / 1_000_000;

			System.out.printf(
					"outage: pages answered in %s ms; ready %d ms and signed in and working %d ms after the line's return%n",
					answeredMs, readyMs, recoveredMs);
			assertThat(answeredMs).as("ms until each page said the service is unavailable")
				.allSatisfy((page, ms) -> assertThat(ms).as(page).isLessThan(3000));
			assertThat(readyMs).as("ms until the node said it is ready again").isLessThan(5000);
			assertThat(recoveredMs).as("ms until the node served pages again").isLessThan(15_000);
		}
		finally {
			SecurityContextHolder.setContextHolderStrategy(strategy);
		}
	}

}
