package com.hallflow.browser;

import com.hallflow.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** What a clerk does on the counter screens, in a real browser. */
final class Counter {

	private final Browser browser;

	private final String baseUrl;

	Counter(Browser browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	void signIn(String username, String password) {
		browser.open(baseUrl + "login");
		WebElement user = browser.input("vaadinLoginUsername");
		user.clear();
		user.sendKeys(username);
		WebElement pass = browser.input("vaadinLoginPassword");
		pass.clear();
		pass.sendKeys(password, Keys.ENTER);
		browser.waitUntil(d -> d.getCurrentUrl().contains("/login") ? null : Boolean.TRUE);
	}

	void start(String flowKey, String mobile) {
		browser.open(baseUrl + "counter");
		browser.byId("tile-" + flowKey);
		// a script click: with the flows other tests published the tile may sit under the
		// development-mode notice
		browser.script("document.getElementById('tile-" + flowKey + "').click()");
		browser.type("start-mobile", mobile);
		browser.byId("start-go").click();
		browser.waitForDialogsClosed();
		browser.byId("step-screen");
	}

	/**
	 * Presses Next and waits until the server has answered (the button is enabled again
	 * on the new step).
	 */
	void next() {
		String before = progressAndStep();
		// a script click: the development-mode notice may cover the button's corner of
		// the screen
		browser.script("document.getElementById('run-next').click()");
		browser.waitUntil(d -> {
			if (!d.getCurrentUrl().matches(".*/sessions/[^/]+$")) {
				return Boolean.TRUE;
			}
			return !progressAndStep().equals(before) ? Boolean.TRUE : null;
		});
	}

	/** Presses Back and waits for the step before. */
	void back() {
		String before = progressAndStep();
		browser.script("document.getElementById('run-back').click()");
		browser.waitUntil(d -> !progressAndStep().equals(before) ? Boolean.TRUE : null);
	}

	/** Waits until the browser has no request to the server under way. */
	void waitForServer() {
		browser.waitUntil(d -> Boolean.FALSE.equals(browser
			.script("return Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())"))
					? Boolean.TRUE : null);
	}

	/** Presses Enter in this input, as a clerk does instead of reaching for Next. */
	void enterIn(String fieldId) {
		String before = progressAndStep();
		browser.input(fieldId).sendKeys(Keys.ENTER);
		browser.waitUntil(d -> !progressAndStep().equals(before) ? Boolean.TRUE : null);
	}

	private String progressAndStep() {
		List<WebElement> title = browser.driver().findElements(By.cssSelector(".step-title"));
		List<WebElement> progress = browser.driver().findElements(By.id("progress"));
		List<WebElement> crumb = browser.driver().findElements(By.id("breadcrumb"));
		return (crumb.isEmpty() ? "" : crumb.get(0).getText()) + "|"
				+ (progress.isEmpty() ? "" : progress.get(0).getText()) + "|"
				+ (title.isEmpty() ? "" : title.get(0).getText());
	}

	void yesNo(String inputKey, String label) {
		browser
			.waitUntil(d -> d.findElement(By.id("input-" + inputKey))
				.findElements(By.cssSelector("vaadin-radio-button"))
				.stream()
				.filter(r -> r.getText().trim().equals(label))
				.findFirst()
				.orElse(null))
			.click();
	}

	void tickAll() {
		List<WebElement> boxes = browser.waitUntil(d -> {
			List<WebElement> found = d.findElements(By.cssSelector(".checklist vaadin-checkbox"));
			return found.isEmpty() ? null : found;
		});
		for (WebElement box : boxes) {
			box.findElement(By.cssSelector("input")).click();
		}
	}

	/**
	 * Ticks "signed on paper" for this signature input, on the checkbox's own input: a
	 * click on the middle of the (wide) checkbox element can land beside its label and
	 * toggle nothing.
	 */
	void signOnPaper(String inputKey) {
		browser.byId("signature-" + inputKey + "-paper").findElement(By.cssSelector("input")).click();
		browser.waitUntil(d -> browser.byId("signature-" + inputKey + "-paper").getAttribute("checked") != null
				? Boolean.TRUE : null);
	}

	/** Draws a short stroke on the pad inside this signature field. */
	void sign(String fieldId) {
		WebElement field = browser.byId(fieldId);
		WebElement canvas = browser.waitUntil(d -> field.getShadowRoot().findElement(By.cssSelector("canvas")));
		new Actions(browser.driver()).moveToElement(canvas, -80, 0)
			.clickAndHold()
			.moveByOffset(40, -20)
			.moveByOffset(40, 30)
			.moveByOffset(60, -25)
			.release()
			.perform();
		browser.waitUntil(d -> "true"
			.equals(String.valueOf(browser.script("return document.getElementById('" + fieldId + "').signed")))
					? Boolean.TRUE : null);
	}

}
