package com.hallflow.flowdesign;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.Fixtures;
import com.hallflow.support.H2Test;
import com.hallflow.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@H2Test
class PublishedFlowServiceTest {

	@Autowired
	PublishedFlowService published;

	@Autowired
	FlowDesignService flows;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	@Test
	void a_scheduled_version_waits_for_its_time_and_a_pinned_version_stays_readable() {
		String key = Fixtures.unique("SCHEDULED_").toUpperCase();
		SystemAuthentication.runAsSystem(() -> {
			Draft draft = flows.create(new NewFlowCommand(key, "定时生效", null));
			Draft saved = flows.saveDraft(key, draft.lockVersion(), flow(key).step("v1-step").build());
			flows.publish(key, saved.lockVersion(), "第一版", null);
			Draft next = flows.newDraftFrom(key, 1);
			Draft edited = flows.saveDraft(key, next.lockVersion(), flow(key).step("v2-step").build());
			flows.publish(key, edited.lockVersion(), "第二版，明天生效", clock.instant().plus(Duration.ofDays(1)));
		});
		Fixtures.signIn(fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("定时厅").id()));

		PublishedFlow today = published.current(key).orElseThrow();
		assertThat(today.number()).isEqualTo(1);
		assertThat(published.startable()).extracting(PublishedFlow::key).contains(key);

		clock.advance(Duration.ofDays(2));
		PublishedFlow later = published.current(key).orElseThrow();
		assertThat(later.number()).isEqualTo(2);
		assertThat(published.byVersionId(today.versionId()).document().steps().get(0).key()).isEqualTo("v1-step");
	}

	@Test
	void a_retired_flow_cannot_be_started() {
		String key = Fixtures.unique("RETIRED_").toUpperCase();
		SystemAuthentication.runAsSystem(() -> {
			Draft draft = flows.create(new NewFlowCommand(key, "已停用", null));
			Draft saved = flows.saveDraft(key, draft.lockVersion(), flow(key).step("a").build());
			flows.publish(key, saved.lockVersion(), "v1", null);
			flows.retire(key);
		});
		Fixtures.signIn(fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("停用流程厅").id()));
		assertThat(published.current(key)).isEmpty();
		assertThat(published.startable()).extracting(PublishedFlow::key).doesNotContain(key);
	}

}
