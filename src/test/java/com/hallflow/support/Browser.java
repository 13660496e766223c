package com.hallflow.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven by Selenium, with the driver and binary named
 * explicitly so that nothing is downloaded. Without Chromium the test class is skipped
 * loudly, unless HALLFLOW_REQUIRE_ALL=true, where it fails.
 */
public final class Browser implements ExecutionCondition, AutoCloseable {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String DRIVER = "/usr/bin/chromedriver";

	private final WebDriver driver;

	private final Path profile;

	/** Only for JUnit's condition evaluation. */
	public Browser() {
		this.driver = null;
		this.profile = null;
	}

	private Browser(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute()) {
			return ConditionEvaluationResult.enabled("Chromium is installed");
		}
		return RequireAll.skipOrFail("Chromium (" + CHROMIUM + ") or ChromeDriver (" + DRIVER + ") is missing");
	}

	public static Browser start(String acceptLanguage) throws Exception {
		Path profile = Files.createTempDirectory("hallflow-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--user-data-dir=" + profile, "--lang=" + acceptLanguage);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return new Browser(driver, profile);
	}

	public WebDriver driver() {
		return driver;
	}

	/**
	 * From now on every page the browser opens collects what it reports as an error
	 * (console errors, scripts or styles that fail to load, unhandled rejections) in
	 * {@code window.__hallflowErrors}.
	 */
	public void collectPageErrors() {
		((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
				"""
						window.__hallflowErrors = [];
						const hallflowConsoleError = console.error;
						console.error = function (...args) {
						  window.__hallflowErrors.push(args.map(String).join(' ').slice(0, 300));
						  return hallflowConsoleError.apply(this, args);
						};
						window.addEventListener('error', (e) => window.__hallflowErrors.push(e.message
						  || 'failed to load ' + (e.target && (e.target.src || e.target.href))), true);
						window.addEventListener('unhandledrejection', (e) => window.__hallflowErrors.push('unhandled: ' + e.reason));
						document.addEventListener('securitypolicyviolation', (e) => window.__hallflowErrors.push(
						  'CSP refused ' + e.violatedDirective + ': ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
						"""));
	}

	/** The page's viewport in CSS pixels, as a screen of this size shows it. */
	public void viewport(int width, int height) {
		((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Saves what the browser shows to this file. */
	public void screenshot(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	public void open(String url) {
		driver.get(url);
		waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	public <T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(d -> {
				try {
					return condition.apply(d);
				}
				catch (WebDriverException e) {
					// an element the page replaced while it was looked at: Chromium says
					// so
					// in words, not as a stale element; look again
					if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
						return null;
					}
					throw e;
				}
			});
	}

	/**
	 * Waits for an element with this id, looking through open shadow roots as Vaadin
	 * renders overlays.
	 */
	public WebElement byId(String id) {
		return waitUntil(
				d -> d.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
	}

	/**
	 * The text input inside a Vaadin field with this id, looked up afresh until it is
	 * there.
	 */
	public WebElement input(String fieldId) {
		return waitUntil(d -> d.findElements(By.id(fieldId))
			.stream()
			.filter(WebElement::isDisplayed)
			.flatMap(field -> field.findElements(By.cssSelector("input")).stream())
			.findFirst()
			.orElse(null));
	}

	/**
	 * Opens a Vaadin select (or combo box) and picks the item showing this text (in the
	 * list, not the select's own copy of the value chosen, which is an item too).
	 */
	public void choose(String fieldId, String itemText) {
		byId(fieldId).click();
		WebElement item = waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item, vaadin-combo-box-item"))
			.stream()
			.filter(e -> e.isDisplayed() && e.getText().trim().equals(itemText))
			.filter(e -> !String.valueOf(e.getDomAttribute("id")).startsWith("value-"))
			.findFirst()
			.orElse(null));
		item.click();
		waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty() ? Boolean.TRUE : null);
	}

	/**
	 * Opens a Vaadin combo box (single or multi select), types the item's first word (a
	 * code) to filter and picks the item with this text.
	 */
	public void pick(String fieldId, String itemText) {
		waitUntil(d -> {
			try {
				WebElement input = input(fieldId);
				input.click();
				// the first word (a code) whole: with the many branches of the shared
				// test database, a shorter filter leaves the item beyond the first page
				input.sendKeys(itemText.split(" ")[0]);
				return Boolean.TRUE;
			}
			catch (StaleElementReferenceException rendering) {
				return null;
			}
		});
		waitUntil(d -> {
			try {
				WebElement item = d
					.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item"))
					.stream()
					.filter(e -> e.isDisplayed() && e.getText().trim().equals(itemText))
					.findFirst()
					.orElse(null);
				if (item == null) {
					return null;
				}
				item.click();
				return Boolean.TRUE;
			}
			catch (StaleElementReferenceException rendering) {
				return null;
			}
		});
		// a multi-select stays open after a pick; Escape closes it (and would close the
		// dialog if sent to a closed one)
		if (!driver.findElements(By.cssSelector("vaadin-multi-select-combo-box-overlay[opened]")).isEmpty()) {
			input(fieldId).sendKeys(Keys.ESCAPE);
		}
		waitUntil(d -> d
			.findElements(
					By.cssSelector("vaadin-combo-box-overlay[opened], vaadin-multi-select-combo-box-overlay[opened]"))
			.isEmpty() ? Boolean.TRUE : null);
	}

	/**
	 * Waits until no dialog is open any more (closing dialogs still cover the page for a
	 * moment).
	 */
	public void waitForDialogsClosed() {
		waitUntil(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty() ? Boolean.TRUE : null);
	}

	/** Clicks the grid cell showing this text. */
	public void clickCell(String text) {
		waitUntil(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content"))
			.stream()
			.filter(e -> e.getText().trim().equals(text))
			.findFirst()
			.orElse(null)).click();
	}

	/** Clicks the button showing this text. */
	public void clickButton(String text) {
		waitUntil(d -> d.findElements(By.cssSelector("vaadin-button"))
			.stream()
			.filter(e -> e.isDisplayed() && e.getText().trim().equals(text))
			.findFirst()
			.orElse(null)).click();
	}

	public void typeArea(String fieldId, String text) {
		waitUntil(d -> {
			WebElement area = byId(fieldId).findElement(By.cssSelector("textarea"));
			area.clear();
			area.sendKeys(text, Keys.TAB);
			return Boolean.TRUE;
		});
	}

	/**
	 * Waits until the Vaadin field with this id shows this value (e.g. after the server
	 * rebuilt a form).
	 */
	public void waitForValue(String fieldId, String value) {
		waitUntil(d -> value.equals(input(fieldId).getAttribute("value")) ? Boolean.TRUE : null);
	}

	/**
	 * Waits until the page has loaded, the server has answered and grids have their data,
	 * then {@code moreMillis} for charts and layout: the moment to look at a page.
	 */
	public void settle(long moreMillis) {
		waitUntil(d -> Boolean.TRUE.equals(script("""
				if (document.readyState !== 'complete') { return false; }
				const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
				if (clients && Object.values(clients).some(c => c.isActive && c.isActive())) { return false; }
				return document.querySelector('vaadin-grid[loading]') === null;
				""")) ? Boolean.TRUE : null);
		try {
			Thread.sleep(moreMillis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	public Object script(String javascript) {
		return ((JavascriptExecutor) driver).executeScript(javascript);
	}

	public void type(String fieldId, String text) {
		waitUntil(d -> {
			WebElement input = input(fieldId);
			try {
				input.clear();
				input.sendKeys(text, Keys.TAB);
				return Boolean.TRUE;
			}
			catch (ElementNotInteractableException notYet) {
				return null;
			}
		});
	}

	public String text(SearchContext context, String css) {
		return context.findElement(By.cssSelector(css)).getText();
	}

	public boolean pageContains(String text) {
		Object body = ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
		return body != null && body.toString().contains(text);
	}

	public void waitForText(String text) {
		waitUntil(d -> pageContains(text) ? Boolean.TRUE : null);
	}

	/** Saves what the browser shows, for a failing test's report. */
	public void screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots");
			Files.createDirectories(target);
			Files.write(target.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (Exception e) {
			System.err.println("Could not save screenshot " + name + ": " + e);
		}
	}

	@Override
	public void close() throws Exception {
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

}
