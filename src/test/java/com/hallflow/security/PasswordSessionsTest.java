package com.hallflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.support.Fixtures;
import com.hallflow.support.SignInThrottles;
import com.hallflow.support.WebServerTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Over real HTTP, through the real sign-in form: the form is throttled as the API is; a
 * new password ends the account's signed-in browser sessions, on this node at once and on
 * any other at its next request, and the old password stops working on the API.
 */
@WebServerTest
class PasswordSessionsTest {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_password_reset_ends_the_users_browser_sessions_and_the_old_password_stops_working_on_the_api()
			throws Exception {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("重置浏览厅").id());
		HttpClient desk = signedIn(clerk.username(), Fixtures.PASSWORD);
		HttpClient laptop = signedIn(clerk.username(), Fixtures.PASSWORD);
		assertThat(home(desk)).isEqualTo(200);
		assertThat(api(clerk.username(), Fixtures.PASSWORD)).isEqualTo(200);

		SystemAuthentication.runAsSystem(() -> accounts.resetPassword(clerk.id(), "temporary-789"));

		assertThat(home(desk)).as("sent to sign in").isEqualTo(302);
		assertThat(home(laptop)).isEqualTo(302);
		assertThat(api(clerk.username(), Fixtures.PASSWORD)).isEqualTo(401);
	}

	@Test
	void a_password_set_on_another_node_ends_the_session_here_at_its_next_request() throws Exception {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("另一节点厅").id());
		HttpClient browser = signedIn(clerk.username(), Fixtures.PASSWORD);
		assertThat(home(browser)).isEqualTo(200);

		// what another node writes when the password is changed there: this node's
		// session
		// registry hears nothing of it
		jdbc.update("update app_user set password_changed_at = ? where username = ?",
				Timestamp.valueOf("2030-01-02 03:04:05"), clerk.username());

		assertThat(home(browser)).isEqualTo(302);
	}

	@Test
	void an_account_disabled_on_another_node_ends_the_session_here_at_its_next_request() throws Exception {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("停用节点厅").id());
		HttpClient browser = signedIn(clerk.username(), Fixtures.PASSWORD);
		assertThat(home(browser)).isEqualTo(200);

		jdbc.update("update app_user set enabled = false where username = ?", clerk.username());

		assertThat(home(browser)).isEqualTo(302);
	}

	@Test
	void the_sign_in_form_holds_back_the_right_password_after_five_wrong_ones() throws Exception {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("表单限速厅").id());
		HttpClient browser = browser();
		for (int i = 0; i < 5; i++) {
			assertThat(post(browser, clerk.username(), "wrong-password-" + i)).endsWith("/login?error");
		}

		assertThat(post(browser, clerk.username(), Fixtures.PASSWORD)).endsWith("/login?error");
		assertThat(home(browser)).isEqualTo(302);
	}

	@AfterEach
	void forgetFailuresFromThisMachine() {
		SignInThrottles.forgetAddresses(jdbc);
	}

	/** A browser of its own (its own cookies), signed in through the sign-in form. */
	private HttpClient signedIn(String username, String password) throws Exception {
		HttpClient browser = browser();
		assertThat(post(browser, username, password)).as("signed in").doesNotContain("login");
		return browser;
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Posts the sign-in form with the page's CSRF token; where the answer sends the
	 * browser.
	 */
	private String post(HttpClient browser, String username, String password) throws Exception {
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("the sign-in page carries its CSRF token").isTrue();
		String form = "username=" + encoded(username) + "&password=" + encoded(password) + "&_csrf="
				+ encoded(csrf.group(1));
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return answer.headers().firstValue("Location").orElse("");
	}

	/**
	 * The status of the home page for this browser: 200 signed in, 302 sent to sign in.
	 */
	private int home(HttpClient browser) throws Exception {
		return browser
			.send(HttpRequest.newBuilder(URI.create(base() + "/")).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private int api(String username, String password) throws Exception {
		String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/api/me"))
				.header("Authorization", "Basic " + token)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
