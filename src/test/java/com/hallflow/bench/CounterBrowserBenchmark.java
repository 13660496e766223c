package com.hallflow.bench;

import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionCommand;
import com.hallflow.organization.RegionService;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.support.Browser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The step time a clerk feels: the production build on MariaDB on 2 cores, the
 * step-latency benchmark's 50 browserless clerks at work in the background (1–3 s between
 * steps), and one clerk in a real headless Chromium serving 新入网 sessions on the same
 * node. For each Next the browser clerk presses, the page measures from the click to the
 * first frame painted after the next step's title (or the receipt) is in the page: RESULT
 * click_to_paint_p50_ms, click_to_paint_p95_ms. Filling the fields is not measured.
 */
final class CounterBrowserBenchmark {

	static final long WARMUP_MS = 15_000;

	static final long MEASURE_MS = 60_000;

	static final String PASSWORD = "bench-password-1";

	/**
	 * Fills the step on screen as a clerk would: the first option, 是 for yes/no,
	 * plausible numbers, every checklist item ticked, signatures on paper.
	 */
	static final String FILL = """
			const screen = document.getElementById('step-screen');
			if (!screen) { return false; }
			const set = (field, value) => {
			  if (!field.value) { field.value = value; field.dispatchEvent(new Event('change', { bubbles: true })); }
			};
			for (const field of screen.querySelectorAll('[id^="input-"]')) {
			  const key = field.id.substring(6);
			  const tag = field.tagName.toLowerCase();
			  if (tag === 'vaadin-radio-group') {
			    const yes = [...field.querySelectorAll('vaadin-radio-button')].find(r => r.textContent.trim() === '是')
			      || field.querySelector('vaadin-radio-button');
			    if (yes && !yes.checked) { yes.querySelector('input').click(); }
			  } else if (tag === 'vaadin-number-field' || tag === 'vaadin-integer-field') {
			    set(field, '100');
			  } else if (tag === 'vaadin-text-field') {
			    set(field, key === 'idNumber' ? '11010519491231002X'
			      : key === 'newNumber' || key === 'mobile' ? '139' + String(Math.floor(Math.random() * 1e8)).padStart(8, '0')
			      : key === 'amount' || key === 'fee' ? '50' : '测试');
			  }
			}
			for (const box of screen.querySelectorAll('.checklist vaadin-checkbox, vaadin-checkbox[id$="-paper"]')) {
			  if (!box.checked) { box.querySelector('input').click(); }
			}
			return true;""";

	/**
	 * Clicks Next and answers, once the page shows another step (or the receipt), the
	 * milliseconds from the click to the end of the first frame painted after that.
	 */
	private static final String CLICK_TO_PAINT = """
			const done = arguments[arguments.length - 1];
			const where = () => {
			  const receipt = document.getElementById('receipt');
			  const title = document.querySelector('#step-screen .step-title');
			  const progress = document.getElementById('progress');
			  return (receipt ? 'receipt' : '') + '|' + (title ? title.textContent : '') + '|'
			    + (progress ? progress.textContent : '');
			};
			const before = where();
			const started = performance.now();
			let finished = false;
			const observer = new MutationObserver(() => {
			  if (!finished && where() !== before) {
			    finished = true;
			    observer.disconnect();
			    requestAnimationFrame(() => setTimeout(() => done(performance.now() - started), 0));
			  }
			});
			observer.observe(document.body, { subtree: true, childList: true, characterData: true });
			document.getElementById('run-next').click();
			setTimeout(() => { if (!finished) { finished = true; observer.disconnect(); done(-1); } }, 20000);""";

	private static final String BUSY = "return Object.values(window.Vaadin.Flow.clients)"
			+ ".some(c => c.isActive && c.isActive())";

	void run() throws Exception {
		try (ConfigurableApplicationContext context = StepLatencyBenchmark.startOnMariaDb("hallflow_bench_browser")) {
			List<String> clerks = StepLatencyBenchmark.clerks(context);
			String browserClerk = SystemAuthentication.callAsSystem(() -> {
				long region = context.getBean(RegionService.class).create(new RegionCommand("BRW", "浏览器省", null)).id();
				long branch = context.getBean(BranchService.class)
					.create(new BranchCommand(null, 0, "BRW-1", "浏览器营业厅", region, "浏览器路 1 号", true))
					.id();
				return context.getBean(UserAccountService.class)
					.create(new CreateUserCommand("browser-clerk", "浏览器营业员", StaffRole.BRANCH_STAFF, branch, PASSWORD,
							false))
					.username();
			});
			String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/";
			ServiceSessionService sessions = context.getBean(ServiceSessionService.class);
			ExecutorService background = Executors.newSingleThreadExecutor();
			long started = System.currentTimeMillis();
			Future<List<Double>> others = background.submit(
					() -> StepLatencyBenchmark.phase(context, sessions, clerks, 1_000, 3_000, WARMUP_MS, MEASURE_MS));
			List<Double> felt = browserClerk(base, browserClerk, started + WARMUP_MS, started + WARMUP_MS + MEASURE_MS);
			List<Double> busy = others.get().stream().map(Math::abs).toList();
			background.shutdown();
			System.out.printf("browser clerk: %d steps measured; background: %d steps of %d clerks in %.0f s%n",
					felt.size(), busy.size(), clerks.size(), MEASURE_MS / 1000.0);
			System.out.printf("RESULT browser_steps=%d%n", felt.size());
			System.out.printf("RESULT click_to_paint_p50_ms=%.1f%n", BenchSupport.percentile(felt, 0.50));
			System.out.printf("RESULT click_to_paint_p95_ms=%.1f%n", BenchSupport.percentile(felt, 0.95));
			System.out.printf("RESULT background_step_p95_ms=%.2f%n", BenchSupport.percentile(busy, 0.95));
			System.out.printf("RESULT background_transitions_per_s=%.1f%n", busy.size() / (MEASURE_MS / 1000.0));
			System.out.printf("RESULT background_retried_steps=%d%n", StepLatencyBenchmark.RETRIED.get());
		}
	}

	/**
	 * Opens every choice left empty on the step and picks its first option, as a clerk
	 * does.
	 */
	@SuppressWarnings("unchecked")
	private static void chooseFirstOptions(Browser browser) {
		List<String> empty = (List<String>) ((JavascriptExecutor) browser.driver())
			.executeScript("return [...document.querySelectorAll('#step-screen vaadin-select[id^=\"input-\"]')]"
					+ ".filter(s => !s.value).map(s => s.id)");
		for (String id : empty) {
			browser.byId(id).click();
			browser
				.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item:not([id^='value-'])"))
					.stream()
					.filter(WebElement::isDisplayed)
					.findFirst()
					.orElse(null))
				.click();
			browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty()
					? Boolean.TRUE : null);
		}
	}

	private static List<Double> browserClerk(String base, String username, long measureFrom, long measureUntil)
			throws Exception {
		List<Double> felt = new ArrayList<>();
		try (Browser browser = Browser.start("zh-CN")) {
			JavascriptExecutor page = (JavascriptExecutor) browser.driver();
			browser.open(base + "login");
			browser.input("vaadinLoginUsername").sendKeys(username);
			browser.input("vaadinLoginPassword").sendKeys(PASSWORD, Keys.ENTER);
			browser.waitUntil(d -> d.getCurrentUrl().contains("/login") ? null : Boolean.TRUE);
			while (System.currentTimeMillis() < measureUntil) {
				browser.open(base + "counter");
				browser.byId("tile-NEW_SUBSCRIPTION");
				page.executeScript("document.getElementById('tile-NEW_SUBSCRIPTION').click()");
				browser.byId("start-go").click();
				browser.byId("step-screen");
				while (browser.driver().findElements(By.id("receipt")).isEmpty()) {
					page.executeScript(FILL);
					chooseFirstOptions(browser);
					browser.waitUntil(d -> Boolean.FALSE.equals(page.executeScript(BUSY)) ? Boolean.TRUE : null);
					double ms = ((Number) page.executeAsyncScript(CLICK_TO_PAINT)).doubleValue();
					if (ms < 0) {
						throw new IllegalStateException("Next did not move within 20 s at "
								+ page.executeScript("return document.querySelector('.step-title')?.textContent") + ": "
								+ page.executeScript("return [...document.querySelectorAll('#step-screen [invalid]')]"
										+ ".map(f => f.id + ' ' + f.errorMessage).join('; ')"));
					}
					long at = System.currentTimeMillis();
					if (at >= measureFrom && at < measureUntil) {
						felt.add(ms);
					}
				}
			}
		}
		return felt;
	}

}
