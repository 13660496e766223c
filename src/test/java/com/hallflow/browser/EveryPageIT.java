package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.support.Browser;
import com.hallflow.support.JarProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page as every role that may open it sees it, on the production jar the build made
 * (started as its own process on the embedded default, with a few days of demo history),
 * in Chinese and English, at 1366×768 and 1920×1080 (a region admin's as the demo's
 * Guangdong admin). Each page is checked in the browser by
 * {@code browser/page-checks.js}: no console errors, no sideways scrolling, grids, date
 * pickers, combo boxes and charts with a size and a grid with data showing rows, the
 * primary action in view, no code, translation key or {@code null} in the text, no text
 * cut without a tooltip. A screenshot of each page, role, size and language is saved in
 * {@code target/screens/} for a person to look at.
 *
 * <p>
 * The route table follows {@code AccessMatrixTest}: a route added there and not here is a
 * page nobody looked at.
 */
@ExtendWith(Browser.class)
class EveryPageIT {

	private static final String PASSWORD = "hallflow-demo";

	private static final List<int[]> SIZES = List.of(new int[] { 1366, 768 }, new int[] { 1920, 1080 });

	/** A flow with a draft (made through the API), for the editor and its test-run. */
	private static final String FLOW = "PLAN_CHANGE";

	/** The flow the demo's Guangdong admin varied. */
	private static final String VARIED = "SIM_REPLACEMENT";

	private static final Path SCREENS = Path.of("target", "screens");

	private static JarProcess app;

	private static String checks;

	@BeforeAll
	static void startTheJar() throws Exception {
		try (InputStream in = EveryPageIT.class.getResourceAsStream("/browser/page-checks.js")) {
			checks = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		app = JarProcess.start(JarProcess.builtJar(), Path.of("target", "every-page"),
				"--hallflow.demo.history-days=3");
		String version = app.api("GET", "api/flows/" + FLOW + "/versions/1", "admin", PASSWORD, null);
		app.api("PUT", "api/flows/" + FLOW + "/draft", "admin", PASSWORD, version);
	}

	@AfterAll
	static void stopTheJar() throws Exception {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void every_page_in_chinese() throws Exception {
		assertThat(visitEveryPage("zh-CN", "zh")).isEmpty();
	}

	@Test
	void every_page_in_english() throws Exception {
		assertThat(visitEveryPage("en-US", "en")).isEmpty();
	}

	/**
	 * The pages run under a Content-Security-Policy, and the page checks would see a
	 * script it refuses: one put into the page without the page's nonce never runs.
	 */
	@Test
	void a_script_slipped_into_a_page_is_refused_and_reported() throws Exception {
		try (Browser browser = Browser.start("zh-CN")) {
			browser.collectPageErrors();
			browser.open(app.baseUrl() + "login");
			browser.script("""
					const s = document.createElement('script');
					s.textContent = 'window.__slippedIn = true';
					document.head.appendChild(s);
					""");
			Thread.sleep(300);
			assertThat(browser.script("return window.__slippedIn === true")).isEqualTo(false);
			assertThat(String.valueOf(browser.script("return window.__hallflowErrors.join(' | ')")))
				.contains("CSP refused script-src");
		}
	}

	private Set<String> visitEveryPage(String language, String tag) throws Exception {
		Set<String> problems = new LinkedHashSet<>();
		try (Browser browser = Browser.start(language)) {
			browser.collectPageErrors();
			Pages pages = new Pages(browser, tag, problems);
			Counter counter = new Counter(browser, app.baseUrl());

			pages.visit("anonymous", "login", "login");

			counter.signIn("manager", PASSWORD);
			for (String route : List.of("", "change-password", "my-branch", "promotions/branch", "insight",
					"records")) {
				pages.visit("manager", route, route);
			}
			String record = pages.firstRecord();
			pages.visit("manager", "records/" + record, "records/:id");
			pages.visit("manager", "sessions/" + record + "/receipt", "sessions/:id/receipt");
			pages.visit("manager", "counter", "counter");
			counter.start(FLOW, "13912345678");
			pages.visit("manager", pages.currentRoute(), "sessions/:id");
			pages.signOut();

			counter.signIn("clerk", PASSWORD);
			for (String route : List.of("", "change-password", "counter")) {
				pages.visit("clerk", route, route);
			}
			pages.visit("clerk", "sessions/" + record + "/receipt", "sessions/:id/receipt");
			counter.start(FLOW, "13912345679");
			pages.visit("clerk", pages.currentRoute(), "sessions/:id");
			pages.signOut();

			counter.signIn("admin", PASSWORD);
			for (String route : List.of("", "change-password", "regions", "branches", "staff", "flows", "flows/" + FLOW,
					"flows/" + FLOW + "/versions", "flows/" + FLOW + "/trial", "scripts", "records",
					"records/" + record, "sessions/" + record + "/receipt", "promotions/packages", "promotions/planner",
					"insight", "audit", "flows/rollouts", "regional-variants", "insight/versions")) {
				pages.visit("admin", route, route.replace(record, ":id").replace(FLOW, ":key"));
			}
			pages.signOut();

			// Guangdong's region admin: the demo has published its 补卡 overlay (人证比对)
			counter.signIn("gd-admin", PASSWORD);
			for (String route : List.of("", "change-password", "branches", "insight", "insight/versions", "flows",
					"flows/" + FLOW + "/versions", "variants", "variants/" + VARIED)) {
				pages.visit("gd-admin", route, route.replace(FLOW, ":key").replace(VARIED, ":flow"));
			}
			pages.signOut();
		}
		return problems;
	}

	/** Opens pages, checks them at each size and keeps their screenshots. */
	private static final class Pages {

		private final Browser browser;

		private final String tag;

		private final Set<String> problems;

		Pages(Browser browser, String tag, Set<String> problems) {
			this.browser = browser;
			this.tag = tag;
			this.problems = problems;
		}

		void visit(String role, String path, String route) throws IOException {
			browser.open(app.baseUrl() + path);
			settle();
			String where = role + " " + (route.isEmpty() ? "/" : route) + " (" + tag + ")";
			if (!"login".equals(path) && browser.driver().getCurrentUrl().contains("/login")) {
				problems.add(where + ": sent to the sign-in page");
				return;
			}
			for (int[] size : SIZES) {
				browser.viewport(size[0], size[1]);
				settle();
				@SuppressWarnings("unchecked")
				List<Object> found = (List<Object>) browser.script(checks);
				found.forEach(problem -> problems.add(where + " at " + size[0] + "×" + size[1] + ": " + problem));
				String name = (route.isEmpty() ? "home" : route.replace(":", "").replace('/', '_')) + "-" + role + "-"
						+ size[0] + "x" + size[1] + "-" + tag + ".png";
				browser.screenshot(SCREENS.resolve(name));
			}
		}

		/** The route the browser shows now, without the address of the server. */
		String currentRoute() {
			return browser.driver().getCurrentUrl().substring(app.baseUrl().length());
		}

		/** Opens the first record of the records list and returns its id. */
		String firstRecord() {
			browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("""
					const grid = document.getElementById('records-grid');
					const row = grid && grid.size > 0 && grid.shadowRoot.querySelector('#items tr:not([hidden])');
					const content = row && row.querySelector('slot') && row.querySelector('slot').assignedNodes()[0];
					if (!content) { return false; }
					content.click();
					return true;
					""")) ? Boolean.TRUE : null);
			browser.waitUntil(d -> d.getCurrentUrl().matches(".*/records/[^/]+$") ? Boolean.TRUE : null);
			String url = browser.driver().getCurrentUrl();
			return url.substring(url.lastIndexOf('/') + 1);
		}

		void signOut() {
			browser.driver().manage().deleteAllCookies();
		}

		/**
		 * Waits until the page has loaded, the server has answered and grids have their
		 * data, then a moment for charts and layout.
		 */
		private void settle() {
			browser.settle(500);
		}

	}

}
