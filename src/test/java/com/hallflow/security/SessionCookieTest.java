package com.hallflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.support.WebServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session cookie over real HTTP: only in a cookie (never in an address), not sent
 * along by other sites' pages, out of scripts' reach.
 */
@WebServerTest
class SessionCookieTest {

	@LocalServerPort
	int port;

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

	private String base() {
		return "http://localhost:" + port;
	}

}
