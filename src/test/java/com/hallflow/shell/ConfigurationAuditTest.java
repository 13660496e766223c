package com.hallflow.shell;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditEntry;
import com.hallflow.base.AuditFilter;
import com.hallflow.base.AuditLog;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.ScriptLibraryService;
import com.hallflow.flowdesign.ScriptSnippet;
import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UpdateUserCommand;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.H2Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Every configuration change leaves who, what and the values before and after in the
 * audit log.
 */
@H2Test
class ConfigurationAuditTest {

	@Autowired
	AuditLog audit;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BranchService branches;

	@Autowired
	RegionService regions;

	@Autowired
	UserAccountService users;

	@Autowired
	ScriptLibraryService library;

	@Autowired
	FlowDesignService designs;

	UserSummary admin;

	@BeforeEach
	void signIn() {
		admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		Fixtures.signIn(admin);
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	private AuditEntry latest(AuditAction action, String target) {
		return audit.search(new AuditFilter(null, null, target, action), PageRequest.of(0, 1)).get(0);
	}

	@Test
	void branches_regions_and_users_show_what_changed_from_what_to_what() {
		RegionNode province = fixtures.province("审计省");
		BranchSummary branch = fixtures.branch(province, "审计营业厅");
		Fixtures.signIn(admin);
		RegionNode city = fixtures.city(province, "审计新市");
		Fixtures.signIn(admin);
		branches.update(new BranchCommand(branch.id(), branch.lockVersion(), branch.code(), "审计旗舰厅", city.id(),
				branch.address(), false));
		AuditEntry changed = latest(AuditAction.BRANCH_UPDATED, branch.code());
		assertThat(changed.actor()).isEqualTo(admin.username());
		assertThat(changed.detail()).isEqualTo(
				"name: 审计营业厅 → 审计旗舰厅; region: " + province.code() + " → " + city.code() + "; open: true → false");

		regions.rename(province.id(), province.lockVersion(), "审计新省");
		assertThat(latest(AuditAction.REGION_RENAMED, province.code()).detail()).isEqualTo("name: 审计省 → 审计新省");

		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		Fixtures.signIn(admin);
		assertThat(latest(AuditAction.USER_CREATED, clerk.username()).detail()).contains("role=BRANCH_STAFF",
				"branch=" + branch.code(), "enabled=true");
		users.update(new UpdateUserCommand(clerk.id(), clerk.lockVersion(), clerk.displayName(),
				StaffRole.BRANCH_MANAGER, branch.id(), false));
		assertThat(latest(AuditAction.USER_DISABLED, clerk.username()).detail())
			.isEqualTo("role: BRANCH_STAFF → BRANCH_MANAGER; enabled: true → false");
	}

	@Test
	void scripts_and_flows_show_the_change_and_publishing_what_changed_since_the_last_version() {
		String snippetKey = Fixtures.unique("greet");
		ScriptSnippet first = library.save(snippetKey, null, "问候", "您好，欢迎光临", null);
		library.save(snippetKey, first.lockVersion(), "问候", "您好，欢迎光临营业厅", "通用");
		assertThat(latest(AuditAction.SNIPPET_SAVED, snippetKey).detail())
			.isEqualTo("text: 您好，欢迎光临 → 您好，欢迎光临营业厅; tags: — → 通用");

		String key = Fixtures.unique("AUDIT_").toUpperCase();
		Draft draft = designs.create(new NewFlowCommand(key, "审计流程", null));
		Draft saved = designs.saveDraft(key, draft.lockVersion(), flow(key).step("greet").step("farewell").build());
		designs.publish(key, saved.lockVersion(), "首版", null);
		Draft second = designs.saveDraft(key, 0, flow(key).step("greet").step("check").step("farewell").build());
		assertThat(latest(AuditAction.FLOW_DRAFT_SAVED, key).detail()).startsWith("2 → 3 steps; ").contains("check");
		designs.publish(key, second.lockVersion(), "加核对", null);
		assertThat(latest(AuditAction.FLOW_PUBLISHED, key).detail())
			.startsWith("version 2: 加核对; since version 1: 2 → 3 steps; ")
			.contains("check");
	}

}
