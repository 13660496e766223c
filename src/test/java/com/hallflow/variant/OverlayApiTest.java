package com.hallflow.variant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hallflow.organization.RegionNode;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.ApiClient;
import com.hallflow.support.Fixtures;
import com.hallflow.support.WebServerTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /api/flows/{key}/overlays/{regionCode}} and {@code PUT
 * …/overlays/{regionCode}/draft} over real HTTP (docs/api.md): the export is the editor's
 * byte for byte, the import is strict and stores nothing on a refusal, and only the
 * region's admin (head office to read) is let in.
 */
@WebServerTest
class OverlayApiTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiClient api;

	@Autowired
	RegionAdmins admins;

	@Autowired
	OverlayService overlays;

	String flow;

	RegionNode province;

	UserSummary provinceAdmin;

	@BeforeEach
	void aFlowAndAProvinceWithItsAdmin() {
		flow = admins.publishSimReplacement();
		province = fixtures.province(Fixtures.unique("接口差异省"));
		provinceAdmin = fixtures.regionAdmin(province.id());
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	private String path(RegionNode region) {
		return "/api/flows/" + flow + "/overlays/" + region.code();
	}

	private void publish(String note, OverlayChange... changes) {
		SystemAuthentication.callAs(provinceAdmin, () -> {
			OverlayDraft draft = overlays.draft(flow, province.id());
			OverlayDraft saved = overlays.saveDraft(flow, province.id(), draft.lockVersion(),
					draft.overlay().withChanges(List.of(changes)));
			return overlays.publish(flow, province.id(), saved.lockVersion(), note);
		});
	}

	private String document(String region, OverlayChange... changes) {
		return OverlayJson.write(new FlowOverlay(FlowOverlay.CURRENT_FORMAT, flow, region, 1, List.of(changes)));
	}

	private List<OverlayChange> draftChanges() {
		return SystemAuthentication.callAs(provinceAdmin, () -> overlays.draft(flow, province.id()))
			.overlay()
			.changes();
	}

	@Test
	void the_newest_published_overlay_comes_back_byte_for_byte_as_the_editor_exports_it() throws Exception {
		assertThat(ApiClient.assertError(api.send("GET", path(province), provinceAdmin, (String) null), 404)
			.get("error")
			.asText()).isEqualTo("variant.api.overlay.notFound");
		publish("人证比对", OverlayChange.insertBefore("replace-card", OverlayFixtures.faceCheck()));
		publish("收费说明", OverlayChange.insertBefore("replace-card", OverlayFixtures.faceCheck()),
				OverlayChange.appendScript("fee", "广东省内补卡，全球通客户免收工本费。"));
		byte[] exported = SystemAuthentication.callAs(provinceAdmin, () -> overlays.export(flow, province.id(), 2))
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> mine = api.send("GET", path(province), provinceAdmin, (String) null);
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		assertThat(mine.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(exported);

		UserSummary headOffice = fixtures.user(StaffRole.HQ_ADMIN, null);
		assertThat(api.send("GET", path(province), headOffice, (String) null).body().getBytes(StandardCharsets.UTF_8))
			.isEqualTo(exported);
		assertThat(api.send("GET", "/api/flows/" + flow + "/overlays/NO_SUCH_REGION", headOffice, (String) null)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void others_are_refused_the_overlay_and_only_the_regions_admin_imports_into_its_draft() throws Exception {
		publish("人证比对", OverlayChange.insertBefore("replace-card", OverlayFixtures.faceCheck()));
		RegionNode other = fixtures.province(Fixtures.unique("接口别省"));
		UserSummary otherAdmin = fixtures.regionAdmin(other.id());
		UserSummary headOffice = fixtures.user(StaffRole.HQ_ADMIN, null);
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("接口差异厅").id());
		UserSummary manager = fixtures.user(StaffRole.BRANCH_MANAGER, fixtures.branch("接口差异店").id());
		String json = document(province.code(), OverlayChange.appendScript("fee", "广东省内补卡，全球通客户免收工本费。"));

		assertThat(ApiClient.assertError(api.send("GET", path(province), otherAdmin, (String) null), 403)
			.get("error")
			.asText()).isEqualTo("variant.region.notYours");
		assertThat(ApiClient.assertError(api.send("PUT", path(province) + "/draft", otherAdmin, json), 403)
			.get("error")
			.asText()).isEqualTo("variant.region.notYours");
		for (UserSummary refused : List.of(clerk, manager)) {
			ApiClient.assertError(api.send("GET", path(province), refused, (String) null), 403);
			ApiClient.assertError(api.send("PUT", path(province) + "/draft", refused, json), 403);
		}
		ApiClient.assertError(api.send("PUT", path(province) + "/draft", headOffice, json), 403);
		ApiClient.assertError(api.send("GET", path(province), null, (String) null), 401);
		assertThat(draftChanges()).as("nothing stored by the refused")
			.containsExactly(OverlayChange.insertBefore("replace-card", OverlayFixtures.faceCheck()));

		HttpResponse<String> imported = api.send("PUT", path(province) + "/draft", provinceAdmin, json);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(imported.body()).isEqualTo(
				"{\"flow\":\"" + flow + "\",\"region\":\"" + province.code() + "\",\"baseVersion\":1,\"changes\":1}");
		assertThat(draftChanges()).containsExactly(OverlayChange.appendScript("fee", "广东省内补卡，全球通客户免收工本费。"));
	}

	@Test
	void a_malformed_or_refused_document_is_the_apis_problem_json_naming_every_problem_and_nothing_is_stored()
			throws Exception {
		String draft = path(province) + "/draft";

		JsonNode malformed = ApiClient.assertError(api.send("PUT", draft, provinceAdmin, "{\"formatVersion\":1,"), 400);
		assertThat(malformed.get("error").asText()).isEqualTo("variant.api.overlay.malformed");
		assertThat(malformed.get("message").asText()).contains("nothing was saved").contains("line");

		JsonNode elsewhere = ApiClient.assertError(api.send("PUT", draft, provinceAdmin, document("ZZ")), 400);
		assertThat(elsewhere.get("message").asText()).contains("not " + flow + " in " + province.code());

		JsonNode refused = ApiClient.assertError(api.send("PUT", draft, provinceAdmin,
				document(province.code(), OverlayChange.appendScript("fee", "说明。"), OverlayChange.hideStep("sign"))),
				400);
		assertThat(refused.get("error").asText()).isEqualTo("variant.api.overlay.refused");
		assertThat(refused.get("message").asText()).contains("nothing was saved")
			.contains("change 2: “客户签字” is locked by head office and cannot be hidden");

		ApiClient.assertError(api.send("PUT", draft, provinceAdmin, (String) null), 400);
		assertThat(SystemAuthentication.callAs(provinceAdmin, () -> overlays.draft(flow, province.id())).saved())
			.isFalse();
	}

}
