package com.hallflow.browser;

import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.Browser;
import com.hallflow.support.Fixtures;
import com.hallflow.support.WebServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every in-process browser test shares: the application on a random port with the
 * standard flows published, a fresh headless Chromium per test, and a screenshot of how
 * each test ended.
 */
@WebServerTest
@ExtendWith(Browser.class)
abstract class BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StandardFlows standardFlows;

	Browser browser;

	@BeforeEach
	void startBrowser() throws Exception {
		SystemAuthentication.runAsSystem(standardFlows::install);
		browser = Browser.start("zh-CN");
	}

	@AfterEach
	void closeBrowser(TestInfo test) throws Exception {
		browser.screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
		browser.close();
		Fixtures.signOut();
	}

	String baseUrl() {
		return "http://localhost:" + port + "/";
	}

}
