package com.hallflow.variant;

import static com.hallflow.variant.OverlayFixtures.faceCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditEntry;
import com.hallflow.base.AuditLog;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.organization.RegionNode;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.Fixtures;
import com.hallflow.variant.internal.FlowOverlayEntity;
import com.hallflow.variant.internal.FlowOverlayRepository;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.hallflow.base.BusinessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ReflectionUtils;

/**
 * Regions' overlays stored, checked, published, audited, exported, imported and rebased,
 * on every database the application supports; see the H2 and MariaDB subclasses.
 */
abstract class OverlayServicesContract {

	@Autowired
	OverlayService overlays;

	@Autowired
	RegionAdmins admins;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditLog audit;

	@Autowired
	FlowOverlayRepository rows;

	@Autowired
	TransactionTemplate transaction;

	String flow;

	RegionNode guangdong;

	RegionNode guangzhou;

	RegionNode zhejiang;

	@BeforeEach
	void headOfficeFlowAndRegions() {
		flow = admins.publishSimReplacement();
		guangdong = fixtures.province("广东");
		guangzhou = fixtures.city(guangdong, "广州");
		zhejiang = fixtures.province("浙江");
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	private OverlayDraft save(RegionNode region, OverlayChange... changes) {
		OverlayDraft draft = overlays.draft(flow, region.id());
		return overlays.saveDraft(flow, region.id(), draft.lockVersion(),
				draft.overlay().withChanges(List.of(changes)));
	}

	private int publishGuangdong(OverlayChange... changes) {
		admins.signIn(guangdong.id());
		OverlayDraft draft = save(guangdong, changes);
		return overlays.publish(flow, guangdong.id(), draft.lockVersion(), "广东省人证比对要求");
	}

	private List<AuditEntry> auditOf(AuditAction action) {
		return SystemAuthentication.callAsSystem(() -> audit.latest(50))
			.stream()
			.filter(e -> e.action() == action && e.target().startsWith(flow))
			.toList();
	}

	@Test
	void a_region_admin_inserts_a_step_where_head_office_opened_it_and_publishes_version_one() {
		assertThat(publishGuangdong(OverlayChange.insertBefore("replace-card", faceCheck()))).isEqualTo(1);

		OverlayCheck check = overlays.check(flow, guangdong.id(), overlays.version(flow, guangdong.id(), 1));
		assertThat(check.effective().steps()).extracting(StepDefinition::title)
			.containsSubsequence("核验身份", "人证比对", "按等级补卡");
		assertThat(check.publishable()).isTrue();
		assertThat(overlays.history(flow, guangdong.id())).singleElement().satisfies(v -> {
			assertThat(v.number()).isEqualTo(1);
			assertThat(v.baseVersion()).isEqualTo(1);
			assertThat(v.changeNote()).isEqualTo("广东省人证比对要求");
			assertThat(v.rebasedFrom()).isNull();
		});
		assertThat(auditOf(AuditAction.OVERLAY_PUBLISHED)).singleElement()
			.satisfies(e -> assertThat(e.detail()).contains("variant.change.INSERT_BEFORE").contains("人证比对"));
		assertThat(overlays.draft(flow, guangdong.id()).saved()).as("the draft became the version").isFalse();
	}

	@Test
	void saving_or_importing_a_draft_is_audited_with_the_region_and_each_change_in_words() {
		admins.signIn(guangdong.id());
		OverlayDraft saved = save(guangdong, OverlayChange.insertBefore("replace-card", faceCheck()),
				OverlayChange.hideStep("recommend"));

		assertThat(auditOf(AuditAction.OVERLAY_DRAFT_SAVED)).singleElement().satisfies(e -> {
			assertThat(e.target()).isEqualTo(flow + " · " + guangdong.name());
			List<AuditDetail.Item> items = AuditDetail.items(e.detail()).orElseThrow();
			assertThat(items).extracting(AuditDetail.Item::field)
				.containsExactly(AuditField.REGION, AuditField.BASE_VERSION, AuditField.CHANGES);
			assertThat(items.get(0).after()).isEqualTo(guangdong.name());
			assertThat(items.get(2).after()).asList()
				.containsExactly(AuditDetail.words("variant.change.INSERT_BEFORE", "按等级补卡", "人证比对"),
						AuditDetail.words("variant.change.HIDE_STEP", "推荐增值业务"));
		});

		overlays.importDraft(flow, guangdong.id(), OverlayJson.write(saved.overlay()));
		assertThat(auditOf(AuditAction.OVERLAY_DRAFT_SAVED)).hasSize(2);
	}

	@Test
	void publishing_a_hidden_locked_step_is_refused_naming_the_step_and_nothing_is_saved() {
		publishGuangdong(OverlayChange.insertBefore("replace-card", faceCheck()));
		OverlayDraft draft = save(guangdong, OverlayChange.insertBefore("replace-card", faceCheck()),
				OverlayChange.hideStep("sign"));

		OverlayInvalidException refused = catchThrowableOfType(OverlayInvalidException.class,
				() -> overlays.publish(flow, guangdong.id(), draft.lockVersion(), "隐藏签字"));

		assertThat(refused.issues()).singleElement().satisfies(i -> {
			assertThat(i.messageKey()).isEqualTo("variant.problem.LOCKED_HIDDEN");
			assertThat(i.args()).containsExactly("客户签字");
			assertThat(i.change()).isEqualTo(1);
		});
		assertThat(overlays.history(flow, guangdong.id())).hasSize(1);
		assertThat(overlays.draft(flow, guangdong.id()).lockVersion()).isEqualTo(draft.lockVersion());
		assertThat(auditOf(AuditAction.OVERLAY_PUBLISHED)).hasSize(1);
	}

	@Test
	void the_effective_flow_is_checked_by_head_offices_validator() {
		admins.signIn(guangdong.id());
		StepDefinition asksNothing = faceCheck().withInputs(List.of());

		OverlayCheck check = overlays.check(flow, guangdong.id(),
				overlays.draft(flow, guangdong.id())
					.overlay()
					.withChanges(List.of(OverlayChange.insertBefore("replace-card", asksNothing))));

		assertThat(check.publishable()).isFalse();
		assertThat(check.blocking()).anySatisfy(i -> {
			assertThat(i.kind()).isEqualTo(OverlayIssue.Kind.INVALID);
			assertThat(i.stepTitle()).isEqualTo("人证比对");
		});
	}

	@Test
	void a_stale_draft_is_not_overwritten() {
		admins.signIn(guangdong.id());
		OverlayDraft first = save(guangdong, OverlayChange.appendScript("fee", "广东话术"));
		overlays.saveDraft(flow, guangdong.id(), first.lockVersion(),
				first.overlay().withChanges(List.of(OverlayChange.appendScript("fee", "第二次"))));

		assertThatThrownBy(() -> overlays.saveDraft(flow, guangdong.id(), first.lockVersion(), first.overlay()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(overlays.draft(flow, guangdong.id()).overlay().changes().get(0).text()).isEqualTo("第二次");
	}

	@Test
	void a_region_admin_changes_only_its_own_region_and_a_provinces_cities() {
		admins.signIn(guangzhou.id());
		assertThatThrownBy(() -> save(guangdong, OverlayChange.appendScript("fee", "越权")))
			.isInstanceOf(BusinessException.class);
		assertThat(overlays.draft(flow, guangdong.id()).saved()).as("a city reads its province's").isFalse();

		admins.signIn(zhejiang.id());
		assertThatThrownBy(() -> overlays.draft(flow, guangdong.id())).isInstanceOf(BusinessException.class);

		admins.signIn(guangdong.id());
		assertThat(save(guangzhou, OverlayChange.appendScript("fee", "广州话术")).saved()).isTrue();

		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		assertThat(overlays.draft(flow, guangzhou.id()).overlay().changes()).hasSize(1);
		assertThatThrownBy(() -> save(guangzhou)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_city_lays_its_overlay_on_its_provinces() {
		publishGuangdong(OverlayChange.insertBefore("replace-card", faceCheck()));
		admins.signIn(guangzhou.id());
		OverlayDraft draft = save(guangzhou, OverlayChange.appendScript("face-check", "广州：比对失败请引导至人工台。"));

		OverlayCheck check = overlays.check(flow, guangzhou.id(), draft.overlay());

		assertThat(check.publishable()).isTrue();
		assertThat(check.provinceCode()).isEqualTo(guangdong.code());
		assertThat(check.composed().regionsTouching("face-check")).containsExactly(guangdong.code(), guangzhou.code());
		assertThat(overlays.publish(flow, guangzhou.id(), draft.lockVersion(), "广州补充")).isEqualTo(1);
	}

	@Test
	void export_gives_the_stored_bytes_and_import_refuses_what_breaks_head_offices_marks() {
		publishGuangdong(OverlayChange.insertBefore("replace-card", faceCheck()),
				OverlayChange.addChecklistItem("sign", "签名与身份证件姓名一致", true));
		String exported = overlays.export(flow, guangdong.id(), 1);
		assertThat(exported).isEqualTo(OverlayJson.write(overlays.version(flow, guangdong.id(), 1)));

		OverlayDraft imported = overlays.importDraft(flow, guangdong.id(), exported);
		assertThat(imported.overlay()).isEqualTo(overlays.version(flow, guangdong.id(), 1));

		String hidesSignature = OverlayJson
			.write(overlays.version(flow, guangdong.id(), 1).withChanges(List.of(OverlayChange.hideStep("sign"))));
		OverlayInvalidException refused = catchThrowableOfType(OverlayInvalidException.class,
				() -> overlays.importDraft(flow, guangdong.id(), hidesSignature));
		assertThat(refused.issues()).extracting(OverlayIssue::stepTitle).containsExactly("客户签字");
		assertThat(overlays.draft(flow, guangdong.id()).overlay()).isEqualTo(imported.overlay());

		assertThatThrownBy(() -> overlays.importDraft(flow, guangdong.id(),
				exported.replace("\"region\" : \"" + guangdong.code(), "\"region\" : \"" + zhejiang.code())))
			.isInstanceOf(OverlayFormatException.class);
	}

	@Test
	void head_offices_new_version_carries_a_clean_overlay_along_by_the_system() {
		publishGuangdong(OverlayChange.insertBefore("replace-card", faceCheck()));

		admins.publishNext(flow, retitle("fee", "讲解并收取工本费"), null);

		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		List<OverlayVersionSummary> history = overlays.history(flow, guangdong.id());
		assertThat(history).extracting(OverlayVersionSummary::number).containsExactly(2, 1);
		assertThat(history.get(0).baseVersion()).isEqualTo(2);
		assertThat(history.get(0).rebasedFrom()).isEqualTo(1);
		assertThat(history.get(0).publishedBy()).isEqualTo(SystemAuthentication.SYSTEM);
		assertThat(overlays.version(flow, guangdong.id(), 2).changes())
			.isEqualTo(overlays.version(flow, guangdong.id(), 1).changes());
		assertThat(auditOf(AuditAction.OVERLAY_REBASED)).singleElement()
			.satisfies(e -> assertThat(e.actor()).isEqualTo(SystemAuthentication.SYSTEM));
		assertThat(overlays.behind(flow)).isEmpty();
	}

	@Test
	void a_conflict_leaves_the_region_behind_with_its_conflicts_listed() {
		publishGuangdong(OverlayChange.replaceScript("fee", "广东省补卡工本费{input.fee}元。", "补卡工本费{input.fee}元。"));

		admins.publishNext(flow, rescript("fee", "补卡工本费{input.fee}元，请当面点清。"), Instant.now().plus(3, ChronoUnit.DAYS));

		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		assertThat(overlays.history(flow, guangdong.id())).hasSize(1);
		assertThat(overlays.behind(flow)).singleElement().satisfies(s -> {
			assertThat(s.regionName()).isEqualTo("广东");
			assertThat(s.published()).isEqualTo(1);
			assertThat(s.publishedBase()).isEqualTo(1);
			assertThat(s.hqVersion()).isEqualTo(2);
			assertThat(s.conflicts()).singleElement().satisfies(c -> {
				assertThat(c.kind()).isEqualTo(OverlayIssue.Kind.CONFLICT);
				assertThat(c.messageKey()).isEqualTo("variant.problem.SCRIPT_CHANGED");
				assertThat(c.stepTitle()).isEqualTo("讲解并收费");
			});
		});
		admins.signIn(guangdong.id());
		assertThat(overlays.conflicts(flow, guangdong.id())).hasSize(1);
		assertThat(overlays.overview(guangdong.id())).filteredOn(s -> s.flowKey().equals(flow))
			.singleElement()
			.satisfies(s -> assertThat(s.behind()).isTrue());
	}

	@Test
	void a_scheduled_head_office_version_is_rebased_onto_at_once() {
		publishGuangdong(OverlayChange.insertBefore("replace-card", faceCheck()));

		admins.publishNext(flow, retitle("fee", "收费"), Instant.now().plus(7, ChronoUnit.DAYS));

		admins.signIn(guangdong.id());
		assertThat(overlays.history(flow, guangdong.id()).get(0).baseVersion()).isEqualTo(2);
	}

	@Test
	void no_code_path_changes_a_published_overlay() {
		publishGuangdong(OverlayChange.insertBefore("replace-card", faceCheck()));
		String published = overlays.export(flow, guangdong.id(), 1);

		assertThatThrownBy(
				() -> transaction.executeWithoutResult(status -> row(1).publish(2, "{}", "x", "y", Instant.now())))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			FlowOverlayEntity row = row(1);
			Field definition = ReflectionUtils.findField(FlowOverlayEntity.class, "definition");
			ReflectionUtils.makeAccessible(definition);
			ReflectionUtils.setField(definition, row, "{\"tampered\":true}");
			rows.saveAndFlush(row);
		})).hasRootCauseInstanceOf(IllegalStateException.class);
		assertThat(overlays.export(flow, guangdong.id(), 1)).isEqualTo(published);
	}

	private FlowOverlayEntity row(int number) {
		return rows.findByFlowKeyAndRegionIdAndNumber(flow, guangdong.id(), number).orElseThrow();
	}

	private static UnaryOperator<FlowDocument> retitle(String key, String title) {
		return doc -> doc
			.withSteps(doc.steps().stream().map(s -> s.key().equals(key) ? s.withIdentity(key, title) : s).toList());
	}

	private static UnaryOperator<FlowDocument> rescript(String key, String script) {
		return doc -> doc
			.withSteps(doc.steps().stream().map(s -> s.key().equals(key) ? s.withScript(null, script) : s).toList());
	}

}
