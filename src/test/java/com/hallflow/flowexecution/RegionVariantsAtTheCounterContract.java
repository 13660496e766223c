package com.hallflow.flowexecution;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.internal.RunStateCache;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayDraft;
import com.hallflow.variant.OverlayFixtures;
import com.hallflow.variant.OverlayService;
import com.hallflow.variant.RegionAdmins;
import com.hallflow.variant.VariantLabel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counter runs the flow as the branch's regions vary it (docs/architecture.md §14): a
 * Guangzhou clerk gets Guangdong's 人证比对 before 按等级补卡, a Hangzhou clerk does not; a
 * session pins what it started with and replays it after Guangdong publishes again. On
 * every database the application supports; see the H2 and MariaDB subclasses.
 */
abstract class RegionVariantsAtTheCounterContract {

	private static final String FLOW = "SIM_REPLACEMENT";

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	OverlayService overlays;

	@Autowired
	SessionRecordService sessionRecords;

	@Autowired
	RegionAdmins admins;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	RunStateCache cache;

	@Autowired
	JdbcTemplate jdbc;

	RegionNode guangdong;

	BranchSummary tianhe;

	BranchSummary xihu;

	@BeforeEach
	void regionsAndBranches() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		guangdong = fixtures.province("广东");
		tianhe = fixtures.branch(fixtures.city(guangdong, "广州"), "广州天河营业厅");
		xihu = fixtures.branch(fixtures.city(fixtures.province("浙江"), "杭州"), "杭州西湖营业厅");
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	private void publishGuangdong(String note, OverlayChange... changes) {
		admins.signIn(guangdong.id());
		OverlayDraft draft = overlays.draft(FLOW, guangdong.id());
		OverlayDraft saved = overlays.saveDraft(FLOW, guangdong.id(), draft.lockVersion(),
				draft.overlay().withChanges(List.of(changes)));
		overlays.publish(FLOW, guangdong.id(), saved.lockVersion(), note);
		Fixtures.signOut();
	}

	private UserSummary clerk;

	private Clerk clerkAt(BranchSummary branch) {
		clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		Fixtures.signIn(clerk);
		return new Clerk(sessions).answer("faceMatches", "true");
	}

	private RunningSession start() {
		return sessions.start(new StartSessionCommand(FLOW, false, "张三", Clerk.MOBILE, null, null));
	}

	private Map<String, Object> row(RunningSession session) {
		return jdbc.queryForMap(
				"select flow_version_id, flow_version_number, edition_id from service_session " + "where public_id = ?",
				session.id());
	}

	@Test
	void a_guangzhou_clerk_runs_guangdongs_step_and_a_hangzhou_clerk_does_not() {
		publishGuangdong("广东省补卡须人证比对", OverlayChange.insertBefore("replace-card", OverlayFixtures.faceCheck()));

		Clerk guangzhou = clerkAt(tianhe);
		RunningSession there = guangzhou.finish(start());
		assertThat(there.outcome()).isEqualTo("COMPLETED");
		List<String> steps = guangzhou.visited().stream().map(v -> v.substring(v.indexOf(':') + 1)).toList();
		assertThat(steps).containsSubsequence("check-status", "face-check", "replace-card", "sign");
		Map<String, Object> pinned = row(there);
		assertThat(pinned.get("EDITION_ID")).as("the session pins the edition with Guangdong's overlay").isNotNull();
		Long headOffice = jdbc.queryForObject("""
				select v.id from flow_version v join flow_template t on t.id = v.template_id
				where t.flow_key = ? and v.number = ?""", Long.class, FLOW, pinned.get("FLOW_VERSION_NUMBER"));
		assertThat(((Number) pinned.get("FLOW_VERSION_ID")).longValue()).as("and head office's version")
			.isEqualTo(headOffice);
		assertThat(sessionRecords.record(there.id()).variants()).as("the record names the variant it ran")
			.containsExactly(new VariantLabel(guangdong.name(), 1));

		Clerk hangzhou = clerkAt(xihu);
		RunningSession here = hangzhou.finish(start());
		assertThat(hangzhou.visited()).noneMatch(v -> v.endsWith(":face-check"))
			.anyMatch(v -> v.endsWith(":replace-card"));
		assertThat(row(here).get("EDITION_ID")).as("head office's version as it is").isNull();
		assertThat(sessionRecords.record(here.id()).variants()).isEmpty();
	}

	@Test
	void a_session_keeps_the_flow_it_started_with_when_guangdong_publishes_again() {
		publishGuangdong("广东省补卡须人证比对", OverlayChange.insertBefore("replace-card", OverlayFixtures.faceCheck()));
		Clerk atTheCounter = clerkAt(tianhe);
		RunningSession session = start();
		while (!session.currentStep().key().equals("face-check")) {
			session = atTheCounter.next(session);
		}

		publishGuangdong("广东省补卡工本费说明", OverlayChange.insertBefore("replace-card", OverlayFixtures.faceCheck()),
				OverlayChange.appendScript("replace-card", "广东省内补卡当场激活。"));
		Fixtures.signIn(clerk);
		// as after a restart or on another node: replayed from the stored steps
		cache.forget(session.id());
		RunningSession resumed = sessions.open(session.id());
		assertThat(resumed.currentStep().key()).isEqualTo("face-check");
		resumed = atTheCounter.next(resumed);
		assertThat(resumed.currentStep().key()).isEqualTo("replace-card");
		assertThat(resumed.currentStep().script()).as("the edition it started with").doesNotContain("广东省内补卡当场激活");

		RunningSession next = start();
		while (!next.currentStep().key().equals("replace-card")) {
			next = atTheCounter.next(next);
		}
		assertThat(next.currentStep().script()).as("a session started now runs Guangdong's version 2")
			.contains("广东省内补卡当场激活");
		assertThat(row(next).get("EDITION_ID")).isNotEqualTo(row(resumed).get("EDITION_ID"));
	}

}
