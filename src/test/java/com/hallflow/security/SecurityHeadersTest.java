package com.hallflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.support.WebServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers over real HTTP: a Content-Security-Policy whose inline scripts are
 * only the page's own (a fresh nonce each time, on every script tag), the referrer kept
 * at home, camera, microphone and location denied, and HSTS with a Secure cookie only
 * when the request came over HTTPS through the load balancer.
 */
@WebServerTest
class SecurityHeadersTest {

	private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void the_sign_in_page_runs_only_its_own_scripts_under_a_fresh_nonce() throws Exception {
		HttpResponse<String> first = get("/login");
		HttpResponse<String> second = get("/login");

		String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'",
				"base-uri 'self'", "form-action 'self'");
		String scripts = policy.replaceAll(".*script-src ([^;]*).*", "$1");
		assertThat(scripts).doesNotContain("'unsafe-inline'").doesNotContain("*").doesNotContain("http");
		String nonce = nonce(policy);
		assertThat(nonce(second.headers().firstValue("Content-Security-Policy").orElseThrow())).isNotEqualTo(nonce);

		List<String> tags = Pattern.compile("<script[^>]*>")
			.matcher(first.body())
			.results()
			.map(r -> r.group())
			.toList();
		assertThat(tags).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
	}

	@Test
	void every_answer_keeps_the_referrer_at_home_and_denies_camera_microphone_and_location() throws Exception {
		for (String path : List.of("/login", "/flows", "/api/me", "/actuator/health")) {
			HttpResponse<String> answer = get(path);
			assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
			assertThat(answer.headers().firstValue("Permissions-Policy")).as(path)
				.hasValue("camera=(), microphone=(), geolocation=()");
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
			assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
		}
	}

	@Test
	void hsts_and_a_secure_cookie_come_only_over_https() throws Exception {
		HttpResponse<String> plain = get("/login");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

		HttpResponse<String> viaTls = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("X-Forwarded-Proto", "https")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(viaTls.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
		assertThat(viaTls.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(c -> assertThat(c).containsIgnoringCase("Secure"));
	}

	private static String nonce(String policy) {
		Matcher matcher = NONCE.matcher(policy);
		assertThat(matcher.find()).as(policy).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
