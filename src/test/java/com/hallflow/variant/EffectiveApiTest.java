package com.hallflow.variant;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.ApiClient;
import com.hallflow.support.Fixtures;
import com.hallflow.support.WebServerTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /api/flows/{key}/effective} over real HTTP (docs/api.md). */
@WebServerTest
class EffectiveApiTest {

	private static final String FLOW = "SIM_REPLACEMENT";

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiClient api;

	@Autowired
	RegionAdmins admins;

	@Autowired
	OverlayService overlays;

	@Autowired
	StandardFlows standardFlows;

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	private String effective(UserSummary caller, BranchSummary branch, String at) throws Exception {
		HttpResponse<String> answer = api.send("GET",
				"/api/flows/" + FLOW + "/effective?branch=" + branch.code() + (at == null ? "" : "&at=" + at), caller,
				(String) null);
		// the document is in the flow format's canonical (indented) form
		return answer.statusCode() + " " + answer.body().replace("\" : ", "\":");
	}

	@Test
	void a_branch_gets_head_offices_version_with_its_provinces_overlay_and_another_province_without() throws Exception {
		SystemAuthentication.runAsSystem(standardFlows::install);
		RegionNode province = fixtures.province(Fixtures.unique("接口省"));
		BranchSummary varied = fixtures.branch(fixtures.city(province, "接口市"), "接口调整厅");
		BranchSummary plain = fixtures.branch("接口标准厅");
		admins.signIn(province.id());
		OverlayDraft draft = overlays.draft(FLOW, province.id());
		OverlayDraft saved = overlays.saveDraft(FLOW, province.id(), draft.lockVersion(), draft.overlay()
			.withChanges(List.of(OverlayChange.insertBefore("replace-card", OverlayFixtures.faceCheck()))));
		overlays.publish(FLOW, province.id(), saved.lockVersion(), "接口测试：人证比对");
		Fixtures.signOut();
		UserSummary headOffice = fixtures.user(StaffRole.HQ_ADMIN, null);

		String there = effective(headOffice, varied, null);
		assertThat(there).startsWith("200 ")
			.contains("\"flow\":\"" + FLOW + "\"")
			.contains("\"branch\":{\"code\":\"" + varied.code() + "\",\"name\":\"接口调整厅\"}")
			.contains("\"regionCode\":\"" + province.code() + "\"", "\"regionName\":\"" + province.name() + "\"",
					"\"number\":1")
			.contains("\"key\":\"face-check\"", "\"title\":\"人证比对\"", "\"key\":\"replace-card\"");
		assertThat(there.indexOf("\"key\":\"face-check\"")).isLessThan(there.indexOf("\"key\":\"replace-card\""));

		String here = effective(headOffice, plain, null);
		assertThat(here).startsWith("200 ").contains("\"overlays\":[]").doesNotContain("face-check");

		UserSummary regionAdmin = fixtures.regionAdmin(province.id());
		assertThat(effective(regionAdmin, varied, null)).as("a region admin for a branch of their region")
			.startsWith("200 ");
		assertThat(effective(regionAdmin, plain, null)).as("and not for another region's").startsWith("404 ");
	}

	@Test
	void a_bad_instant_a_time_before_the_flow_and_a_clerk_are_refused_in_json() throws Exception {
		SystemAuthentication.runAsSystem(standardFlows::install);
		BranchSummary branch = fixtures.branch("接口时刻厅");
		UserSummary headOffice = fixtures.user(StaffRole.HQ_ADMIN, null);
		assertThat(effective(headOffice, branch, "yesterday")).startsWith("400 ").contains("ISO");
		assertThat(effective(headOffice, branch, "2000-01-01T00:00:00Z")).startsWith("404 ")
			.contains("cannot be started");
		assertThat(effective(headOffice, branch, "2099-01-01T00:00:00Z")).startsWith("200 ");
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		assertThat(effective(clerk, branch, null)).startsWith("403 ");
	}

}
