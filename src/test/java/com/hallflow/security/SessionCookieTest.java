package com.hallflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.support.Fixtures;
import com.hallflow.support.WebServerTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session cookie over real HTTP: only in a cookie (never in an address), not sent
 * along by other sites' pages, out of scripts' reach; and the sign-in form refuses a post
 * without its CSRF token (a foreign page cannot sign a browser in).
 */
@WebServerTest
class SessionCookieTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void the_session_cookie_is_same_site_lax_http_only_and_never_in_an_address() throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		List<String> cookies = page.headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
		assertThat(page.body()).doesNotContainIgnoringCase("jsessionid=");
		assertThat(page.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void a_sign_in_post_without_the_csrf_token_signs_nobody_in() throws Exception {
		String username = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("跨站测试厅").id()).username();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8);

		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		// refused (403, which the error handling turns into the sign-in page): never sent
		// on
		// into the application as a signed-in user
		assertThat(answer.statusCode()).as(answer.headers().map().toString()).isIn(302, 403);
		assertThat(answer.headers().firstValue("Location")).as("sent back to sign in")
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
