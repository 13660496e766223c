package com.hallflow.flowdesign;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.security.StaffRole;
import com.hallflow.security.UserSummary;
import com.hallflow.support.ApiClient;
import com.hallflow.support.Fixtures;
import com.hallflow.support.WebServerTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The flow API over real HTTP (docs/api.md). */
@WebServerTest
class FlowApiTest {

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
	void the_standard_set_installs_in_one_call_and_is_listed() throws Exception {
		HttpResponse<String> installed = send("POST", "/api/flows/standard", null, admin);
		assertThat(installed.statusCode()).isEqualTo(200);

		HttpResponse<String> list = send("GET", "/api/flows", null, admin);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body())
			.contains("{\"key\":\"PLAN_CHANGE\",\"name\":\"套餐变更\",\"latestPublished\":1,\"hasDraft\":false}");

		HttpResponse<String> version = send("GET", "/api/flows/PLAN_CHANGE/versions/1", null, admin);
		assertThat(version.statusCode()).isEqualTo(200);
		assertThat(version.body()).startsWith("{\n  \"formatVersion\" : 2,")
			.contains("套餐变更")
			.isEqualTo(send("GET", "/api/flows/PLAN_CHANGE/versions/1", null, admin).body());
		assertThat(send("GET", "/api/flows/PLAN_CHANGE/versions/99", null, admin).statusCode()).isEqualTo(404);
	}

	@Test
	void a_draft_is_put_then_published_and_errors_come_back_as_json() throws Exception {
		String key = Fixtures.unique("API_FLOW_").toUpperCase();
		String broken = FlowJson
			.write(flow(key).step("a").decision(new Decision(List.of(), Target.step("nowhere"))).build());
		assertThat(send("PUT", "/api/flows/" + key + "/draft", broken, admin).statusCode()).isEqualTo(200);

		HttpResponse<String> refused = send("POST", "/api/flows/" + key + "/draft/publish", "{\"changeNote\": \"试发布\"}",
				admin);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("\"code\":\"missingStep\"").contains("\"step\":\"a\"");

		String fixed = FlowJson.write(flow(key).step("a").step("b").build());
		assertThat(send("PUT", "/api/flows/" + key + "/draft", fixed, admin).statusCode()).isEqualTo(200);
		HttpResponse<String> published = send("POST", "/api/flows/" + key + "/draft/publish",
				"{\"changeNote\": \"第一版\"}", admin);
		assertThat(published.statusCode()).isEqualTo(200);
		assertThat(published.body()).isEqualTo("{\"number\":1}");
	}

	@Test
	void a_malformed_or_off_schema_draft_gets_400_with_paths_and_nothing_is_stored() throws Exception {
		String key = Fixtures.unique("API_BAD_").toUpperCase();
		HttpResponse<String> malformed = send("PUT", "/api/flows/" + key + "/draft", "{\"formatVersion\": 1,", admin);
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("\"path\":\"line 1");

		String offSchema = "{\"formatVersion\":1,\"key\":\"" + key
				+ "\",\"name\":\"x\",\"steps\":[{\"key\":\"A B\",\"title\":\"t\"}]}";
		HttpResponse<String> refused = send("PUT", "/api/flows/" + key + "/draft", offSchema, admin);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"path\":\"$.steps[0].key\"");

		String otherKey = FlowJson.write(flow("SOMETHING_ELSE").step("a").build());
		assertThat(send("PUT", "/api/flows/" + key + "/draft", otherKey, admin).body()).contains("\"path\":\"$.key\"");
		assertThat(send("GET", "/api/flows", null, admin).body()).doesNotContain(key);
	}

	@Test
	void a_yes_no_rule_compared_with_shi_a_chinese_step_key_or_an_unclosed_placeholder_is_refused_with_the_steps_title()
			throws Exception {
		String key = Fixtures.unique("API_TYPED_").toUpperCase();
		String shi = "{\"formatVersion\":1,\"key\":\"" + key + "\",\"name\":\"两个分支\",\"steps\":["
				+ "{\"key\":\"check\",\"title\":\"查询号码状态\",\"inputs\":[{\"key\":\"suspended\","
				+ "\"label\":\"号码已停机\",\"type\":\"YES_NO\",\"required\":true}],\"decision\":{\"rules\":["
				+ "{\"when\":{\"input\":\"suspended\",\"operator\":\"EQUALS\",\"value\":\"是\"},"
				+ "\"then\":{\"type\":\"END\",\"outcome\":\"NOT_ELIGIBLE\"}}]}},{\"key\":\"b\",\"title\":\"下一步\"}]}";
		HttpResponse<String> refused = send("PUT", "/api/flows/" + key + "/draft", shi, admin);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"path\":\"$.steps[0].decision.rules[0].when\"")
			.contains("Step “查询号码状态”: Rule 1: “号码已停机” is answered Yes or No, so the value “是” can never match");

		String fine = shi.replace("\"是\"", "true");
		assertThat(send("PUT", "/api/flows/" + key + "/draft", fine, admin).statusCode()).isEqualTo(200);

		String chineseKey = fine.replace("\"key\":\"b\"", "\"key\":\"下一步\"");
		HttpResponse<String> badKey = send("PUT", "/api/flows/" + key + "/draft", chineseKey, admin);
		assertThat(badKey.statusCode()).isEqualTo(400);
		assertThat(badKey.body()).contains("\"path\":\"$.steps[1].key\"");

		String unclosed = fine.replace("\"title\":\"下一步\"", "\"title\":\"下一步\",\"script\":\"您好，{customer.name\"");
		HttpResponse<String> placeholder = send("PUT", "/api/flows/" + key + "/draft", unclosed, admin);
		assertThat(placeholder.statusCode()).isEqualTo(400);
		assertThat(placeholder.body()).contains("\"path\":\"$.steps[1].script\"").contains("Step “下一步”");
	}

	@Test
	void branch_staff_get_403() throws Exception {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("流程接口厅").id());
		assertThat(send("GET", "/api/flows", null, clerk).statusCode()).isEqualTo(403);
		assertThat(send("PUT", "/api/flows/X_Y/draft", "{}", clerk).statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> send(String method, String path, String body, UserSummary user) throws Exception {
		return api.send(method, path, user, body);
	}

}
