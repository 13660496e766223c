package com.hallflow.flowdesign;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static com.hallflow.support.ApiClient.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.security.StaffRole;
import com.hallflow.security.UserSummary;
import com.hallflow.support.ApiClient;
import com.hallflow.support.Fixtures;
import com.hallflow.support.WebServerTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The flow API refuses what is not exactly one well-formed UTF-8 document, answers every
 * refusal in the documented shape, and protects a draft from lost updates with its ETag
 * (docs/api.md, docs/security.md "Strict API input").
 */
@WebServerTest
class FlowApiStrictInputTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiClient api;

	private UserSummary admin;

	@BeforeEach
	void admin() {
		admin = fixtures.user(StaffRole.HQ_ADMIN, null);
	}

	@Test
	void a_draft_with_bytes_that_are_not_utf8_is_refused_with_400_and_nothing_is_stored() throws Exception {
		String key = newKey();
		String[] around = document(key, "a", "b").replace("步骤 a", "ab|cd").split("\\|");
		byte[] body = bytes(around[0], (byte) 0xff, (byte) 0xfe, (byte) 0xc3, around[1]);

		HttpResponse<String> refused = api.send("PUT", draft(key), admin, body);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"path\":\"$\"").contains("not valid UTF-8");
		assertNotStored(key);
	}

	@Test
	void a_draft_followed_by_more_content_is_refused_with_400_and_nothing_is_stored() throws Exception {
		String key = newKey();

		HttpResponse<String> refused = api.send("PUT", draft(key), admin, document(key, "a") + " {\"x\":1}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"path\":\"line ").contains("more content after the document");
		assertNotStored(key);
	}

	@Test
	void a_deeply_nested_draft_is_refused_in_plain_words_without_the_parsers_limit_names() throws Exception {
		String key = newKey();

		HttpResponse<String> refused = api.send("PUT", draft(key), admin, "[".repeat(5000) + "]".repeat(5000));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("nested too deeply").doesNotContain("StreamReadConstraints");
		assertNotStored(key);
	}

	@Test
	void a_malformed_missing_trailing_duplicated_unknown_or_mistyped_publish_body_gets_the_error_shape_and_publishes_nothing()
			throws Exception {
		String key = newKey();
		assertThat(api.send("PUT", draft(key), admin, document(key, "a")).statusCode()).isEqualTo(200);

		assertError(api.send("POST", publish(key), admin, "{\"changeNote\": "), 400);
		assertError(api.send("POST", publish(key), admin, (String) null), 400);
		assertError(api.send("POST", publish(key), admin, "{\"changeNote\":\"一\"} {\"x\":1}"), 400);
		assertError(api.send("POST", publish(key), admin, "{\"changeNote\":\"一\",\"changeNote\":\"二\"}"), 400);
		assertError(api.send("POST", publish(key), admin, "{\"changeNote\":[\"一\"]}"), 400);
		assertThat(assertError(api.send("POST", publish(key), admin, "{\"changeNote\":\"一\",\"extra\":1}"), 400)
			.get("message")
			.asText()).contains("“extra” is not a known field");
		assertError(api.send("POST", publish(key), admin, bytes("{\"changeNote\":\"a", (byte) 0xff, "b\"}")), 400);
		assertError(api.send("POST", publish(key), admin, "changeNote=一", "Content-Type", "text/plain"), 415);

		assertThat(api.send("GET", "/api/flows", admin, (String) null).body())
			.contains("{\"key\":\"" + key + "\",\"name\":\"流程 " + key + "\",\"latestPublished\":null");
	}

	@Test
	void the_draft_answers_with_its_etag_and_a_put_with_a_stale_if_match_gets_412_and_changes_nothing()
			throws Exception {
		String key = newKey();
		HttpResponse<String> first = api.send("PUT", draft(key), admin, document(key, "a"));
		assertThat(first.statusCode()).isEqualTo(200);
		String firstTag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> read = api.send("GET", draft(key), admin, (String) null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("ETag")).hasValue(firstTag);
		assertThat(read.body()).isEqualTo(document(key, "a"));

		HttpResponse<String> second = api.send("PUT", draft(key), admin, document(key, "a", "b"), "If-Match", firstTag);
		assertThat(second.statusCode()).isEqualTo(200);
		String secondTag = second.headers().firstValue("ETag").orElseThrow();
		assertThat(secondTag).isNotEqualTo(firstTag);

		assertError(api.send("PUT", draft(key), admin, document(key, "a", "b", "c"), "If-Match", firstTag), 412);
		assertThat(api.send("GET", draft(key), admin, (String) null).body()).isEqualTo(document(key, "a", "b"));

		assertThat(api.send("PUT", draft(key), admin, document(key, "a", "b", "c"), "If-Match", secondTag).statusCode())
			.isEqualTo(200);
		assertThat(api.send("PUT", draft(key), admin, document(key, "c")).statusCode())
			.as("without If-Match the draft is replaced as before")
			.isEqualTo(200);
	}

	@Test
	void an_etag_read_before_a_publish_does_not_match_the_next_draft_nor_a_flow_without_one() throws Exception {
		String key = newKey();
		assertError(api.send("PUT", draft(key), admin, document(key, "a"), "If-Match", "\"1\""), 412);
		assertNotStored(key);

		String before = api.send("PUT", draft(key), admin, document(key, "a"))
			.headers()
			.firstValue("ETag")
			.orElseThrow();
		assertThat(
				api.send("POST", publish(key), admin, "{\"changeNote\":\"第一版\"}", "If-Match", "\"nope\"").statusCode())
			.isEqualTo(412);
		assertThat(api.send("POST", publish(key), admin, "{\"changeNote\":\"第一版\"}", "If-Match", before).body())
			.isEqualTo("{\"number\":1}");
		assertThat(api.send("PUT", draft(key), admin, document(key, "b")).statusCode()).isEqualTo(200);

		assertError(api.send("PUT", draft(key), admin, document(key, "c"), "If-Match", before), 412);
		assertThat(api.send("GET", draft(key), admin, (String) null).body()).isEqualTo(document(key, "b"));
	}

	private void assertNotStored(String key) throws Exception {
		assertThat(api.send("GET", "/api/flows", admin, (String) null).body()).doesNotContain(key);
	}

	/** Strings as UTF-8 and single bytes as they are. */
	private static byte[] bytes(Object... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Object part : parts) {
			if (part instanceof Byte b) {
				out.write(b);
			}
			else {
				out.writeBytes(part.toString().getBytes(StandardCharsets.UTF_8));
			}
		}
		return out.toByteArray();
	}

	private static String newKey() {
		return Fixtures.unique("API_STRICT_").toUpperCase();
	}

	private static String document(String key, String... steps) {
		FlowFixtures flow = flow(key);
		for (String step : steps) {
			flow.step(step);
		}
		return FlowJson.write(flow.build());
	}

	private static String draft(String key) {
		return "/api/flows/" + key + "/draft";
	}

	private static String publish(String key) {
		return draft(key) + "/publish";
	}

}
