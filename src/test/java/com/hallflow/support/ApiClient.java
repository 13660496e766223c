package com.hallflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallflow.security.UserSummary;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Calls the JSON API of a {@link WebServerTest} over real HTTP as a fixture user (or
 * anonymously), with the body as exact bytes when a test needs them.
 */
@Component
public class ApiClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final Environment environment;

	ApiClient(Environment environment) {
		this.environment = environment;
	}

	/**
	 * @param headers name, value, name, value…; {@code Content-Type} is
	 * {@code application/json} unless given
	 */
	public HttpResponse<String> send(String method, String path, UserSummary user, String body, String... headers)
			throws Exception {
		return send(method, path, user, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
	}

	public HttpResponse<String> send(String method, String path, UserSummary user, byte[] body, String... headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + environment.getProperty("local.server.port") + path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user.username() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		boolean typed = false;
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
			typed |= headers[i].equalsIgnoreCase("Content-Type");
		}
		if (!typed) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * Asserts the documented error answer: this status, JSON {@code {status, error,
	 * message}} and nothing else, a message without the server's inner workings.
	 */
	public static JsonNode assertError(HttpResponse<String> response, int status) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		JsonNode error = new ObjectMapper().readTree(response.body());
		assertThat(error.properties()).extracting(field -> field.getKey())
			.containsExactlyInAnyOrderElementsOf(List.of("status", "error", "message"));
		assertThat(error.get("status").asInt()).isEqualTo(status);
		assertThat(error.get("error").asText()).isNotBlank();
		assertThat(error.get("message").asText()).isNotBlank()
			.doesNotStartWith("!")
			.doesNotContain("java.", "Exception", "jackson", "`", "StreamReadConstraints");
		return error;
	}

}
