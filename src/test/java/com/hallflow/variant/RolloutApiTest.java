package com.hallflow.variant;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UserSummary;
import com.hallflow.support.ApiClient;
import com.hallflow.support.Fixtures;
import com.hallflow.support.WebServerTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /api/flows/{key}/rollout} over real HTTP (docs/api.md). */
@WebServerTest
class RolloutApiTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiClient api;

	@Autowired
	RolloutFixtures flows;

	@Autowired
	FlowRolloutService rollouts;

	@Test
	void the_rollout_comes_back_with_its_stages_targets_by_code_and_name_and_its_state() throws Exception {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		BranchSummary pilot = fixtures.branch("接口试点厅");
		String key = flows.newFlow("接口分阶段流程");
		flows.publishNext(key, true);
		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
		Fixtures.signIn(admin);
		FlowRollout staged = rollouts.current(key).orElseThrow();
		rollouts.save(new FlowRolloutCommand(staged.id(), staged.lockVersion(), null, null,
				List.of(new Stage(start, List.of(RolloutTarget.branch(pilot.id()))),
						new Stage(start.plusSeconds(86_400), List.of(RolloutTarget.NETWORK))),
				List.of()));
		Fixtures.signOut();

		HttpResponse<String> answer = api.send("GET", "/api/flows/" + key + "/rollout", admin, (String) null);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"flow\":\"" + key + "\"")
			.contains("\"version\":2")
			.contains("\"state\":\"RUNNING\"")
			.contains("\"paused\":false")
			.contains("\"rolledBack\":false")
			.contains("\"startsAt\":\"" + start + "\"")
			.contains("{\"kind\":\"BRANCH\",\"code\":\"" + pilot.code() + "\",\"name\":\"接口试点厅\"}")
			.contains("{\"kind\":\"NETWORK\",\"code\":null,\"name\":null}")
			.contains("\"exclusions\":[]");
	}

	@Test
	void a_flow_never_staged_or_unknown_is_a_json_404_and_a_clerk_is_refused() throws Exception {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		String key = flows.newFlow("接口未分阶段");
		HttpResponse<String> none = api.send("GET", "/api/flows/" + key + "/rollout", admin, (String) null);
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.body()).contains("\"status\":404").contains("has no staged rollout");
		assertThat(api.send("GET", "/api/flows/NO_SUCH_FLOW/rollout", admin, (String) null).statusCode())
			.isEqualTo(404);
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("接口厅").id());
		assertThat(api.send("GET", "/api/flows/" + key + "/rollout", clerk, (String) null).statusCode()).isEqualTo(403);
	}

}
