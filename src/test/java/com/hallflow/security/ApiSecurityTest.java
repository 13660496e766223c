package com.hallflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.organization.BranchSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.SignInThrottles;
import com.hallflow.support.WebServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The JSON API and the health endpoint over real HTTP, with the real filter chains. */
@WebServerTest
class ApiSecurityTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAccountService accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void an_anonymous_call_gets_401_as_json() throws Exception {
		HttpResponse<String> response = get("/api/me", null, null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"status\":401");
	}

	@Test
	void me_returns_who_the_caller_is_including_the_branch_code() throws Exception {
		BranchSummary branch = fixtures.branch("接口测试厅");
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());

		HttpResponse<String> response = get("/api/me", clerk.username(), Fixtures.PASSWORD);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"username\":\"" + clerk.username() + "\"")
			.contains("\"displayName\":\"测试员工\"")
			.contains("\"role\":\"BRANCH_STAFF\"")
			.contains("\"branchCode\":\"" + branch.code() + "\"");
		assertThat(response.headers().allValues("Set-Cookie")).as("the API is stateless").isEmpty();
	}

	@Test
	void the_api_audits_a_callers_first_sign_in_of_the_day_and_not_every_request() throws Exception {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("接口审计厅").id());
		for (int i = 0; i < 3; i++) {
			assertThat(get("/api/me", clerk.username(), Fixtures.PASSWORD).statusCode()).isEqualTo(200);
		}
		assertThat(get("/api/me", clerk.username(), "wrong-password").statusCode()).isEqualTo(401);

		assertThat(jdbc.queryForList("select action from audit_event where actor = ? order by id", String.class,
				clerk.username()))
			.containsExactly("LOGIN_SUCCEEDED", "LOGIN_FAILED");
	}

	@Test
	void a_caller_without_the_role_gets_403_as_json_and_head_office_gets_the_data() throws Exception {
		BranchSummary branch = fixtures.branch("目录测试厅");
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);

		HttpResponse<String> refused = get("/api/branches", clerk.username(), Fixtures.PASSWORD);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("\"status\":403");

		HttpResponse<String> allowed = get("/api/branches?size=500", admin.username(), Fixtures.PASSWORD);
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.body()).contains(branch.code()).contains("目录测试厅");
	}

	@Test
	void the_api_shares_the_throttle_and_answers_a_held_back_sign_in_with_429_json_and_retry_after() throws Exception {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		for (String name : List.of(admin.username(), Fixtures.unique("nobody"))) {
			for (int i = 0; i < 5; i++) {
				assertThat(get("/api/me", name, "not-the-password").statusCode()).isEqualTo(401);
			}
			HttpResponse<String> held = get("/api/me", name, Fixtures.PASSWORD);

			assertThat(held.statusCode()).as(name).isEqualTo(429);
			assertThat(held.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
			// the test profile's first wait is a minute
			assertThat(held.headers().firstValue("Retry-After"))
				.hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(50, 60));
			assertThat(held.body()).startsWith("{\"status\":429,\"error\":\"security.login.throttled\",\"message\":")
				.contains("seconds");
			forgetFailuresFromThisMachine();
		}
	}

	@Test
	void an_account_with_a_temporary_password_gets_403_json_on_the_api_until_it_chooses_its_own() throws Exception {
		HttpResponse<String> firstAdmin = get("/api/me", "root-admin", "hq-bootstrap-secret");
		assertThat(firstAdmin.statusCode()).as("the first admin, from the environment").isEqualTo(403);
		assertThat(firstAdmin.body()).contains("\"status\":403")
			.contains("\"error\":\"security.api.passwordNotChosen\"")
			.contains("choose your own");

		String username = Fixtures.unique("newcomer");
		UserSummary newcomer = SystemAuthentication.callAsSystem(() -> accounts
			.create(new CreateUserCommand(username, "新同事", StaffRole.HQ_ADMIN, null, "temporary-secret", true)));
		assertThat(get("/api/me", username, "temporary-secret").statusCode()).isEqualTo(403);
		Fixtures.signIn(newcomer);
		try {
			accounts.changeOwnPassword("temporary-secret", "my-chosen-secret");
		}
		finally {
			Fixtures.signOut();
		}
		assertThat(get("/api/me", username, "my-chosen-secret").statusCode()).isEqualTo(200);
		assertThat(get("/api/me", username, "temporary-secret").statusCode())
			.as("the old password stops working at once: every API call signs in afresh")
			.isEqualTo(401);
	}

	@AfterEach
	void forgetFailuresFromThisMachine() {
		SignInThrottles.forgetAddresses(jdbc);
	}

	@Test
	void health_is_public_with_probes_and_hides_details_from_anonymous_callers() throws Exception {
		HttpResponse<String> health = get("/actuator/health", null, null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");
		assertThat(get("/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
	}

	@Test
	void other_actuator_endpoints_are_not_exposed() throws Exception {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		assertThat(get("/api/../actuator/env", admin.username(), Fixtures.PASSWORD).statusCode()).isNotEqualTo(200);
		assertThat(get("/actuator/beans", null, null).statusCode()).isNotEqualTo(200);
	}

	private HttpResponse<String> get(String path, String username, String password) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (username != null) {
			String token = Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
