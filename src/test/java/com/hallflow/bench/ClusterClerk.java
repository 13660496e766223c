package com.hallflow.bench;

import com.hallflow.support.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One clerk of the cluster benchmark in a real headless Chromium, through HAProxy: serves
 * 缴费 (bill payment) sessions one after the other, fills each step as
 * {@link CounterBrowserBenchmark}'s clerk does and presses Next. A Next the screen
 * answers by moving on is acknowledged and remembered (session, step number, title); a
 * Next refused with a message is pressed again; when the screen loses its node (the page
 * reloads, or Vaadin reports the connection lost) the clerk opens the session's address,
 * signs in again when asked to, and goes on from the step shown.
 */
final class ClusterClerk implements Runnable {

	static final String PASSWORD = "hallflow-demo";

	/** A Next the screen answered by moving on. */
	record Ack(String session, int step, String title, long at) {
	}

	/**
	 * Every press of Next and what came of it: moved, refused, invalid, lost, timeout.
	 */
	record Attempt(long at, String outcome) {
	}

	/**
	 * A screen lost and the session reopened: where it stood, what it showed afterwards,
	 * how many of the step's fields still held a value.
	 */
	record Recovery(long lostAt, long reopenedAt, String session, String before, String after, String verdict,
			int filledBefore, int filledAfter) {
	}

	/** Presses Next; answers once the page shows another step or refuses, or fails. */
	private static final String SUBMIT = """
			const done = arguments[arguments.length - 1];
			const where = () => {
			  const receipt = document.getElementById('receipt');
			  const title = document.querySelector('#step-screen .step-title');
			  const progress = document.getElementById('progress');
			  return (receipt ? 'receipt' : '') + '|' + (title ? title.textContent : '') + '|'
			    + (progress ? progress.textContent : '');
			};
			const busy = () => Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive());
			const state = () => window.Vaadin.connectionState ? window.Vaadin.connectionState.state : '';
			const before = where();
			const seen = new Set(document.querySelectorAll('vaadin-notification-card'));
			const started = Date.now();
			let lostSince = 0;
			let timer;
			const finish = (v) => { clearInterval(timer); done(v); };
			timer = setInterval(() => {
			  if (where() !== before) { return finish('moved'); }
			  const s = state();
			  if (s === 'reconnecting' || s === 'connection-lost') {
			    lostSince = lostSince || Date.now();
			    if (Date.now() - lostSince > 1500) { return finish('lost:' + s); }
			  } else { lostSince = 0; }
			  const fresh = [...document.querySelectorAll('vaadin-notification-card')].filter(c => !seen.has(c));
			  if (fresh.length && !busy()) { return finish('refused:' + fresh.map(c => c.textContent.trim()).join(' / ')); }
			  const invalid = [...document.querySelectorAll('#step-screen [invalid]')];
			  if (invalid.length && !busy() && Date.now() - started > 500) {
			    return finish('invalid:' + invalid.map(f => f.id + ' ' + f.errorMessage).join('; '));
			  }
			  if (Date.now() - started > 20000) { finish('timeout'); }
			}, 50);
			document.getElementById('run-next').click();""";

	/** The bill payment's offers, if any: 未推荐 (the third answer) to each. */
	private static final String ANSWER_OFFERS = """
			for (const group of document.querySelectorAll('#step-screen [id^="offer-outcome-"]')) {
			  const radios = group.querySelectorAll('vaadin-radio-button');
			  const last = radios[radios.length - 1];
			  if (last && !last.checked) { last.querySelector('input').click(); }
			}""";

	private static final String FILLED = "return [...document.querySelectorAll('#step-screen [id^=\"input-\"]')]"
			+ ".filter(f => f.value || f.checked).length";

	private static final String BUSY = "return Object.values(window.Vaadin.Flow.clients)"
			+ ".some(c => c.isActive && c.isActive())";

	/** What the page's state was when a wait failed, for the report. */
	private static final String STATE = """
			const go = document.getElementById('start-go');
			const overlay = document.querySelector('vaadin-dialog-overlay');
			return JSON.stringify({ busy: Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive()),
			  connection: window.Vaadin.connectionState ? window.Vaadin.connectionState.state : '',
			  start: go ? { disabled: go.hasAttribute('disabled'), rect: go.getBoundingClientRect() } : null,
			  overlay: overlay ? [...overlay.attributes].map(a => a.name).join(' ') : null,
			  overlays: document.querySelectorAll('vaadin-dialog-overlay').length,
			  starts: document.querySelectorAll('#start-go').length, url: location.href,
			  focus: document.activeElement ? document.activeElement.tagName + '#' + document.activeElement.id : '' });""";

	private static final Pattern SESSION = Pattern.compile("/sessions/([0-9a-fA-F-]{36})");

	private final String username;

	private final String base;

	private final Path screenshots;

	final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());

	final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());

	final List<Recovery> recoveries = Collections.synchronizedList(new ArrayList<>());

	final List<Long> completed = Collections.synchronizedList(new ArrayList<>());

	final List<String> problems = Collections.synchronizedList(new ArrayList<>());

	final List<String> sessions = Collections.synchronizedList(new ArrayList<>());

	/** The app node HAProxy's cookie names for this browser (app1, app2, …). */
	volatile String node = "";

	volatile boolean stop;

	volatile boolean signedIn;

	private Browser browser;

	private JavascriptExecutor page;

	private String session;

	/** What the clerk was doing, for the report of a failure outside a step. */
	private String stage = "";

	private int shots;

	ClusterClerk(String username, String base, Path screenshots) {
		this.username = username;
		this.base = base;
		this.screenshots = screenshots;
	}

	String username() {
		return username;
	}

	@Override
	public void run() {
		try (Browser b = Browser.start("zh-CN")) {
			browser = b;
			page = (JavascriptExecutor) b.driver();
			b.driver().manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
			while (!stop) {
				try {
					if (!signedIn) {
						browser.open(base + "login");
						signIn();
					}
					serveOne();
				}
				catch (Exception e) {
					problem("outside a step, " + stage + ": " + firstLine(e) + " " + seen());
					pause(1000);
					try {
						signedIn = signedIn && !onLogin();
					}
					catch (Exception again) {
						signedIn = false;
					}
				}
			}
		}
		catch (Exception e) {
			problem("browser: " + firstLine(e));
		}
	}

	/** Starts a bill payment and serves it to its receipt (or until told to stop). */
	private void serveOne() throws Exception {
		session = null;
		stage = "opening 柜台受理";
		browser.open(base + "counter");
		if (onLogin()) {
			signIn();
			browser.open(base + "counter");
		}
		stage = "looking for the 缴费 tile";
		wait(10, d -> d.findElement(By.id("tile-BILL_PAYMENT")));
		page.executeScript("document.getElementById('tile-BILL_PAYMENT').click()");
		stage = "starting in the dialog";
		// pressed once the dialog has finished opening: a click while it still grows
		// lands beside the button
		wait(10, d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]:not([opening])")).isEmpty() ? null
				: Boolean.TRUE);
		pressStart();
		stage = "waiting for the first step";
		try {
			wait(8, d -> d.findElements(By.id("step-screen")).isEmpty() ? null : Boolean.TRUE);
		}
		catch (TimeoutException e) {
			// seen a few times in 30 sessions: the click did not start a session, the
			// dialog stays open with 开始 focused (the page's state goes to the report)
			problem("开始 pressed again, no session after 8 s: " + page.executeScript(STATE));
			pressStart();
			wait(15, d -> d.findElements(By.id("step-screen")).isEmpty() ? null : Boolean.TRUE);
		}
		Matcher m = SESSION.matcher(browser.driver().getCurrentUrl());
		if (!m.find()) {
			throw new IllegalStateException("no session in " + browser.driver().getCurrentUrl());
		}
		session = m.group(1);
		sessions.add(session);
		stage = "serving";
		int refusedHere = 0;
		while (!stop) {
			if (!browser.driver().findElements(By.id("receipt")).isEmpty()) {
				completed.add(System.currentTimeMillis());
				return;
			}
			String title = "";
			String progress = "";
			int filled = 0;
			long at = System.currentTimeMillis();
			String outcome;
			try {
				title = text("#step-screen .step-title");
				progress = text("#progress");
				page.executeScript(CounterBrowserBenchmark.FILL);
				page.executeScript(ANSWER_OFFERS);
				filled = ((Number) page.executeScript(FILLED)).intValue();
				wait(10, d -> Boolean.FALSE.equals(page.executeScript(BUSY)) ? true : null);
				at = System.currentTimeMillis();
				outcome = String.valueOf(page.executeAsyncScript(SUBMIT));
			}
			catch (Exception e) {
				outcome = "lost:" + firstLine(e);
			}
			attempts.add(new Attempt(at, outcome));
			if (outcome.equals("moved")) {
				acks.add(new Ack(session, stepNumber(progress), title, System.currentTimeMillis()));
				refusedHere = 0;
			}
			else if (outcome.startsWith("refused") || outcome.startsWith("invalid")) {
				if (++refusedHere > 5) {
					shot("refused-" + username);
					throw new IllegalStateException("Next refused five times at " + title + ": " + outcome);
				}
				pause(500);
			}
			else if (!reopen(at, title + " " + progress, filled)) {
				return;
			}
		}
	}

	/**
	 * After a lost screen: opens the session's address (signing in again when asked)
	 * until its step or receipt shows; false when the session has ended meanwhile.
	 */
	private boolean reopen(long lostAt, String before, int filledBefore) {
		long giveUp = System.currentTimeMillis() + 120_000;
		String url = base + "sessions/" + session;
		while (System.currentTimeMillis() < giveUp && !stop) {
			try {
				browser.driver().get(url);
				if (onLogin()) {
					signIn();
					if (!browser.driver().getCurrentUrl().contains(session)) {
						browser.driver().get(url);
					}
				}
				String shown = wait(30, d -> {
					if (!d.findElements(By.id("receipt")).isEmpty()) {
						return "receipt";
					}
					if (!d.findElements(By.cssSelector("#session-missing, #session-abandoned")).isEmpty()) {
						return "missing";
					}
					return d.findElements(By.cssSelector("#step-screen .step-title")).isEmpty() ? null : "step";
				});
				String after = shown.equals("step") ? text("#step-screen .step-title") + " " + text("#progress")
						: shown;
				int filledAfter = shown.equals("step") ? ((Number) page.executeScript(FILLED)).intValue() : 0;
				String verdict = after.equals(before) ? "same step" : shown.equals("step") ? "other step" : shown;
				recoveries.add(new Recovery(lostAt, System.currentTimeMillis(), session, before, after, verdict,
						filledBefore, filledAfter));
				if (shown.equals("missing")) {
					shot("missing-" + session);
					problem("session " + session + " did not reopen: " + text("#session-missing, #session-abandoned"));
					return false;
				}
				if (shown.equals("receipt")) {
					completed.add(System.currentTimeMillis());
					return false;
				}
				return true;
			}
			catch (Exception e) {
				pause(1000);
			}
		}
		shot("unopened-" + session);
		problem("session " + session + " did not reopen within 120 s");
		return false;
	}

	/** Clicks 开始 of the dialog on top (the last one in the page, should two be open). */
	private void pressStart() {
		List<WebElement> buttons = wait(10, d -> {
			List<WebElement> found = d.findElements(By.id("start-go"));
			return found.isEmpty() ? null : found;
		});
		buttons.get(buttons.size() - 1).click();
	}

	/**
	 * The address and the messages the page shows, saved as a screenshot too (the first
	 * few).
	 */
	private String seen() {
		try {
			String url = browser.driver().getCurrentUrl();
			String shown = text("vaadin-notification-card") + " " + text("vaadin-dialog-overlay[opened]") + " "
					+ page.executeScript(STATE);
			if (shots++ < 3) {
				shot(username + "-" + System.currentTimeMillis());
			}
			return "at " + url + ", showing: " + shown.trim();
		}
		catch (Exception e) {
			return "(page unreadable: " + firstLine(e) + ")";
		}
	}

	private void signIn() {
		browser.input("vaadinLoginUsername").sendKeys(username);
		browser.input("vaadinLoginPassword").sendKeys(PASSWORD, Keys.ENTER);
		wait(30, d -> d.getCurrentUrl().contains("/login") ? null : Boolean.TRUE);
		Cookie cookie = browser.driver().manage().getCookieNamed("HFNODE");
		node = cookie == null ? "" : cookie.getValue();
		signedIn = true;
	}

	private boolean onLogin() {
		return browser.driver().getCurrentUrl().contains("/login")
				|| !browser.driver().findElements(By.id("vaadinLoginUsername")).isEmpty();
	}

	private <T> T wait(int seconds, Function<WebDriver, T> until) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds)).ignoring(RuntimeException.class)
			.until(until::apply);
	}

	private String text(String css) {
		Object text = page.executeScript(
				"const e = document.querySelector(arguments[0]);" + " return e ? e.textContent.trim() : ''", css);
		return String.valueOf(text);
	}

	private static int stepNumber(String progress) {
		Matcher m = Pattern.compile("\\d+").matcher(progress);
		return m.find() ? Integer.parseInt(m.group()) : -1;
	}

	private void shot(String name) {
		try {
			browser.screenshot(screenshots.resolve(name + ".png"));
		}
		catch (Exception e) {
			problem("no screenshot " + name + ": " + firstLine(e));
		}
	}

	private void problem(String what) {
		problems.add(String.format("%tT %s: %s", System.currentTimeMillis(), username, what));
	}

	static String firstLine(Exception e) {
		String message = String.valueOf(e.getMessage());
		return e.getClass().getSimpleName() + " " + message.lines().findFirst().orElse("");
	}

	static void pause(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
