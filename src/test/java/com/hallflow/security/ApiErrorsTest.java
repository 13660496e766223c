package com.hallflow.security;

import static com.hallflow.support.ApiClient.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.support.ApiClient;
import com.hallflow.support.Fixtures;
import com.hallflow.support.WebServerTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Whatever goes wrong with a call to the JSON API, the answer is the documented
 * {@code {status, error, message}} (docs/api.md), never Spring's default or the UI's
 * page.
 */
@WebServerTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsTest {

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
	void a_path_or_query_value_of_the_wrong_type_gets_400_in_the_error_shape() throws Exception {
		HttpResponse<String> version = api.send("GET", "/api/flows/PLAN_CHANGE/versions/abc", admin, (String) null);
		assertThat(assertError(version, 400).get("message").asText()).contains("number");

		assertError(api.send("GET", "/api/branches?size=lots", admin, (String) null), 400);
	}

	@Test
	void a_method_the_path_does_not_have_gets_405_in_the_error_shape() throws Exception {
		HttpResponse<String> refused = api.send("DELETE", "/api/flows", admin, (String) null);
		assertError(refused, 405);
		assertThat(refused.headers().firstValue("Allow"))
			.hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
	}

	@Test
	void an_unknown_api_path_gets_404_as_json_for_a_signed_in_caller_and_401_for_an_anonymous_one() throws Exception {
		assertError(api.send("GET", "/api/nothing-here", admin, (String) null), 404);
		assertError(api.send("POST", "/api/flows/X/nothing", admin, "{}"), 404);

		assertError(api.send("GET", "/api/nothing-here", null, (String) null), 401);
	}

	@Test
	void an_address_the_firewall_refuses_gets_400_as_json_rather_than_a_redirect_to_the_login() throws Exception {
		assertError(api.send("GET", "/api/flows;x=1", admin, (String) null), 400);
		assertError(api.send("GET", "/api/flows/%2e%2e/me", null, (String) null), 400);
	}

	@Test
	void asking_for_html_gets_406_without_a_stack_trace_in_the_log(CapturedOutput output) throws Exception {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("接口协商厅").id());

		HttpResponse<String> refused = api.send("GET", "/api/me", clerk, (String) null, "Accept", "text/html");

		assertThat(refused.statusCode()).isEqualTo(406);
		assertThat(refused.body()).doesNotContain("<html");
		assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain("HttpMediaTypeNotAcceptableException");
	}

}
