package com.hallflow.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditDetail;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.base.AuditEntry;
import com.hallflow.base.AuditFilter;
import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.ui.CsvDownload;
import com.hallflow.base.MobileNumber;
import com.hallflow.base.ResidentId;
import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.ScriptLibraryService;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RevealReason;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionCommand;
import com.hallflow.organization.RegionService;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.hallflow.organization.RegionNode;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayDraft;
import com.hallflow.variant.OverlayService;
import com.hallflow.variant.RegionAdmins;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class AuditUiTest extends KaribuTest {

	@Autowired
	AuditLog audit;

	@Autowired
	RegionService regions;

	@Autowired
	BranchService branches;

	@Autowired
	ScriptLibraryService library;

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	SessionRecordService sessionRecords;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuthenticationManager authenticationManager;

	@Autowired
	FlowDesignService flows;

	@Autowired
	UserAccountService users;

	@Autowired
	RegionAdmins regionAdmins;

	@Autowired
	OverlayService overlays;

	@Test
	void head_office_filters_the_log_by_action_and_who_and_downloads_it() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		String code = Fixtures.unique("AUD");
		regions.create(new RegionCommand(code, "审计省", null));
		UI.getCurrent().navigate(AuditView.class);
		AuditView view = _get(AuditView.class);
		_setValue(view.action, AuditAction.REGION_CREATED);
		_setValue(view.text, code);
		assertThat(GridKt._findAll(view.grid)).singleElement().satisfies(e -> assertThat(e.target()).isEqualTo(code));
		String csv = new String(CsvDownload.csv(view.csvRows()), StandardCharsets.UTF_8);
		assertThat(csv).contains("REGION_CREATED").contains(code);
		_setValue(view.action, AuditAction.FLOW_PUBLISHED);
		assertThat(GridKt._findAll(view.grid)).isEmpty();
	}

	@Test
	void only_head_office_reads_the_log_and_nobody_can_change_it() {
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, fixtures.branch("审计厅").id()));
		assertThatThrownBy(() -> audit.search(AuditFilter.any(), PageRequest.of(0, 10)))
			.isInstanceOf(AccessDeniedException.class);
		// the log's only way in is appending; there is no method to change or remove an
		// entry
		assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods())
			.filter(m -> Modifier.isPublic(m.getModifiers()))
			.map(Method::getName)).containsOnly("record", "latest", "search", "count", "actions");
		assertThat(AuditEntry.class.isRecord()).isTrue();
	}

	@Test
	void the_grid_and_the_filter_name_the_action_in_words_in_chinese_and_in_english() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		String code = Fixtures.unique("AUD");
		regions.create(new RegionCommand(code, "审计省", null));
		AuditView view = open(code, AuditAction.REGION_CREATED);
		assertThat(GridKt._getFormatted(view.grid, 0, "action")).isEqualTo("新建区域");
		assertThat(view.action.getItemLabelGenerator().apply(AuditAction.REGION_CREATED)).isEqualTo("新建区域");
		assertThat(GridKt._getFormatted(view.grid, 0, "detail")).isEqualTo("名称：审计省 等 2 项");

		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		view = open(code, AuditAction.REGION_CREATED);
		assertThat(GridKt._getFormatted(view.grid, 0, "action")).isEqualTo("Region created");
		assertThat(view.action.getItemLabelGenerator().apply(AuditAction.REGION_CREATED)).isEqualTo("Region created");
		assertThat(GridKt._getFormatted(view.grid, 0, "detail")).isEqualTo("Name: 审计省 and 1 more");
	}

	@Test
	void a_flow_entry_names_the_flow_and_keeps_its_key_for_the_tooltip() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		String key = Fixtures.unique("AUDIT_FLOW_");
		flows.create(new NewFlowCommand(key, "审计用流程", null));
		AuditView view = open(key, AuditAction.FLOW_CREATED);
		assertThat(GridKt._getFormatted(view.grid, 0, "target")).isEqualTo("审计用流程");
		assertThat(view.grid.getColumnByKey("target").getTooltipGenerator().apply(GridKt._get(view.grid, 0)))
			.isEqualTo(key);
	}

	@Test
	void the_names_the_log_shows_find_their_entries_and_the_download_reads_as_the_grid() {
		String person = Fixtures.unique("审计核查员");
		UserSummary admin = SystemAuthentication
			.callAsSystem(() -> users.create(new CreateUserCommand(Fixtures.unique("auditor"), person,
					StaffRole.HQ_ADMIN, null, Fixtures.PASSWORD, false)));
		signIn(admin);
		String key = Fixtures.unique("AUDIT_SEARCH_");
		String flowName = Fixtures.unique("查找用流程");
		flows.create(new NewFlowCommand(key, flowName, null));

		AuditView byFlow = open(flowName, AuditAction.FLOW_CREATED);
		assertThat(GridKt._get(byFlow.grid, 0).target()).as("recorded by key, found by the name shown").isEqualTo(key);
		AuditView byPerson = open(person, AuditAction.FLOW_CREATED);
		assertThat(GridKt._get(byPerson.grid, 0).actor()).isEqualTo(admin.username());

		List<List<String>> rows = byPerson.csvRows();
		assertThat(rows.get(0)).containsExactly(zh("shell.audit.csv.when"), zh("shell.audit.actor"),
				zh("shell.audit.action"), zh("shell.audit.target"), zh("shell.audit.detail"),
				zh("shell.audit.csv.login"), zh("shell.audit.csv.actionCode"), zh("shell.audit.csv.targetRecorded"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(0)).as("Beijing time to the second")
			.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
		assertThat(rows.get(1).subList(1, 4)).containsExactly(person, zh(AuditAction.FLOW_CREATED.messageKey()),
				flowName);
		assertThat(rows.get(1).subList(5, 8)).containsExactly(admin.username(), "FLOW_CREATED", key);
	}

	@Test
	void a_saved_overlay_draft_is_named_in_words_with_its_flow_region_and_changes() {
		String key = regionAdmins.publishSimReplacement();
		RegionNode guangdong = fixtures.province("广东");
		regionAdmins.signIn(guangdong.id());
		OverlayDraft draft = overlays.draft(key, guangdong.id());
		overlays.saveDraft(key, guangdong.id(), draft.lockVersion(),
				draft.overlay().withChanges(List.of(OverlayChange.hideStep("recommend"))));
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));

		AuditView view = open(key, AuditAction.OVERLAY_DRAFT_SAVED);
		assertThat(GridKt._getFormatted(view.grid, 0, "action")).isEqualTo("保存区域流程差异草稿");
		assertThat(GridKt._getFormatted(view.grid, 0, "target")).isEqualTo("补卡 · " + guangdong.name());
		GridKt._clickItem(view.grid, 0);
		assertThat(details(view)).contains(guangdong.name()).contains("隐藏「推荐增值业务」");
	}

	@Test
	void the_summary_starts_with_what_changed_not_with_a_count_that_stayed_the_same() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		String key = Fixtures.unique("AUDIT_SAME_");
		audit.record("admin", AuditAction.FLOW_PUBLISHED, key,
				AuditDetail.builder()
					.change(AuditField.STEPS, 10, 10)
					.value(AuditField.CHANGES,
							List.of(AuditDetail.words("flowdesign.diff.scriptChanged", "1（A）", "旧的话术", "新的话术")))
					.json());
		AuditView view = open(key, AuditAction.FLOW_PUBLISHED);
		assertThat(GridKt._getFormatted(view.grid, 0, "detail")).doesNotStartWith("步骤数").endsWith("等 2 项");
	}

	@Test
	void the_actor_is_named_as_people_know_them_with_the_username_in_the_tooltip_and_the_system_in_words() {
		UserSummary wang = SystemAuthentication
			.callAsSystem(() -> users.create(new CreateUserCommand(Fixtures.unique("wang"), "王敏", StaffRole.HQ_ADMIN,
					null, Fixtures.PASSWORD, false)));
		signIn(wang);
		String byPerson = Fixtures.unique("AUP");
		regions.create(new RegionCommand(byPerson, "审计人省", null));
		String bySystem = Fixtures.unique("AUS");
		SystemAuthentication.runAsSystem(() -> regions.create(new RegionCommand(bySystem, "审计系统省", null)));

		AuditView view = open(byPerson, AuditAction.REGION_CREATED);
		assertThat(GridKt._getFormatted(view.grid, 0, "actor")).isEqualTo("王敏");
		assertThat(view.grid.getColumnByKey("actor").getTooltipGenerator().apply(GridKt._get(view.grid, 0)))
			.isEqualTo(wang.username());
		view = open(bySystem, AuditAction.REGION_CREATED);
		assertThat(GridKt._getFormatted(view.grid, 0, "actor")).isEqualTo("系统");
		assertThat(view.grid.getColumnByKey("actor").getTooltipGenerator().apply(GridKt._get(view.grid, 0))).isNull();
		// an entry about an account names its person too
		view = open(wang.username(), AuditAction.USER_CREATED);
		assertThat(GridKt._getFormatted(view.grid, 0, "target")).isEqualTo("王敏");
		assertThat(view.grid.getColumnByKey("target").getTooltipGenerator().apply(GridKt._get(view.grid, 0)))
			.isEqualTo(wang.username());

		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		view = open(bySystem, AuditAction.REGION_CREATED);
		assertThat(GridKt._getFormatted(view.grid, 0, "actor")).isEqualTo("System");
	}

	@Test
	void a_configuration_change_reads_field_by_field_in_words_before_and_after() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		BranchSummary branch = fixtures.branch(fixtures.province("审计省"), "审计营业厅");
		signIn(admin);
		branches.update(new BranchCommand(branch.id(), branch.lockVersion(), branch.code(), "审计旗舰厅", branch.regionId(),
				branch.address(), false));
		AuditView view = open(branch.code(), AuditAction.BRANCH_UPDATED);
		assertThat(GridKt._getFormatted(view.grid, 0, "detail")).isEqualTo("名称：审计营业厅 → 审计旗舰厅 等 2 项");
		AuditEntry entry = GridKt._get(view.grid, 0);
		assertThat(view.grid.getColumnByKey("detail").getTooltipGenerator().apply(entry)).contains("名称：审计营业厅 → 审计旗舰厅",
				"营业状态：是 → 否");
		// a click on the row opens its details (the grid's connector does it in the
		// browser)
		assertThat(view.grid.isDetailsVisibleOnClick()).isTrue();
		assertThat(details(view)).contains("名称", "审计营业厅 → 审计旗舰厅", "营业状态", "是 → 否")
			.doesNotContain("open", "true", "name");

		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		view = open(branch.code(), AuditAction.BRANCH_UPDATED);
		assertThat(GridKt._getFormatted(view.grid, 0, "detail")).isEqualTo("Name: 审计营业厅 → 审计旗舰厅 and 1 more");
		assertThat(details(view)).contains("Name", "Open", "Yes → No").doesNotContain("true");
	}

	@Test
	void the_row_details_show_a_long_script_whole_and_wrapping() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		String key = Fixtures.unique("long");
		String script = "您好，欢迎光临营业厅，请问今天办理什么业务？".repeat(150) + "结束语";
		library.save(key, null, "长话术", script, null);
		AuditView view = open(key, AuditAction.SNIPPET_SAVED);
		Component details = GridKt._getItemDetailsComponent(view.grid, 0);
		assertThat(details.getElement().getTextRecursively()).contains(script);
		assertThat(details.getElement().toString()).contains("white-space:pre-wrap");
	}

	@Test
	void a_reveal_names_the_receipt_and_the_customer_masked_not_the_session_id() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		BranchSummary branch = fixtures.branch("审计查看厅");
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, branch.id()));
		RunningSession served = new Clerk(sessions)
			.finish(sessions.start(new StartSessionCommand("ACCOUNT_CLOSURE", false, "王五", Clerk.MOBILE, null)));
		int sequence = jdbc.queryForObject("""
				select r.sequence from step_record r join service_session s on s.id = r.session_id
				where s.public_id = ? and r.step_key = 'verify-identity'""", Integer.class, served.id());
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		sessionRecords.reveal(served.id(), sequence, "idNumber", RevealReason.COMPLAINT);

		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		AuditView view = open(served.receiptNo(), AuditAction.PERSONAL_DATA_REVEALED);
		assertThat(GridKt._getFormatted(view.grid, 0, "target")).isEqualTo(served.receiptNo());
		assertThat(details(view))
			.contains(served.receiptNo(), MobileNumber.mask(Clerk.MOBILE), ResidentId.mask(Clerk.ID_NUMBER),
					zh(RevealReason.COMPLAINT.messageKey()))
			.doesNotContain(served.id(), Clerk.MOBILE, Clerk.ID_NUMBER);
		assertThat(GridKt._getFormattedRow(view.grid, 0).toString()).doesNotContain(served.id(), Clerk.MOBILE);
	}

	/** The audit view as opened now, filtered to one action and one actor or target. */
	@Test
	void a_sign_in_slowed_down_by_the_throttle_is_listed_and_named_in_words_with_the_person_it_is_about() {
		UserSummary zhao = SystemAuthentication
			.callAsSystem(() -> users.create(new CreateUserCommand(Fixtures.unique("zhao"), "赵强",
					StaffRole.BRANCH_STAFF, fixtures.branch("审计限速厅").id(), Fixtures.PASSWORD, false)));
		String address = Fixtures.unique("198.51.100.");
		for (int i = 0; i < 5; i++) {
			UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
				.unauthenticated(zhao.username(), "guess-password");
			attempt.setDetails(new WebAuthenticationDetails(address, null));
			assertThatThrownBy(() -> authenticationManager.authenticate(attempt))
				.isInstanceOf(BadCredentialsException.class);
		}
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));

		AuditView view = open(zhao.username(), AuditAction.ACCOUNT_THROTTLED);
		assertThat(view.action.getListDataView().getItems()).contains(AuditAction.ACCOUNT_THROTTLED,
				AuditAction.LOGIN_FAILED);
		assertThat(GridKt._getFormatted(view.grid, 0, "action")).isEqualTo("账号登录开始限速");
		assertThat(GridKt._getFormatted(view.grid, 0, "target")).isEqualTo("赵强");
		GridKt._clickItem(view.grid, 0);
		assertThat(details(view)).contains("连续登录失败次数").contains("须等待（秒）").contains("60").contains(address);
	}

	private static AuditView open(String text, AuditAction action) {
		UI.getCurrent().navigate(HomeView.class);
		UI.getCurrent().navigate(AuditView.class);
		AuditView view = _get(AuditView.class);
		_setValue(view.action, action);
		_setValue(view.text, text);
		assertThat(GridKt._size(view.grid)).isEqualTo(1);
		return view;
	}

	private static String details(AuditView view) {
		return GridKt._getItemDetailsComponent(view.grid, 0).getElement().getTextRecursively();
	}

}
