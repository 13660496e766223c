package com.hallflow.shell;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditDetail.Item;
import com.hallflow.base.AuditField;
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
import java.util.List;
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

	private static List<Item> items(AuditEntry entry) {
		return AuditDetail.items(entry.detail()).orElseThrow();
	}

	private static AuditDetail.Words role(StaffRole role) {
		return AuditDetail.words(role.messageKey());
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
		assertThat(items(changed)).containsExactly(new Item(AuditField.NAME, true, "审计营业厅", "审计旗舰厅"),
				new Item(AuditField.REGION, true, "审计省", "审计新市"), new Item(AuditField.OPEN, true, true, false));

		regions.rename(province.id(), province.lockVersion(), "审计新省");
		assertThat(items(latest(AuditAction.REGION_RENAMED, province.code())))
			.containsExactly(new Item(AuditField.NAME, true, "审计省", "审计新省"));

		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		Fixtures.signIn(admin);
		assertThat(items(latest(AuditAction.USER_CREATED, clerk.username()))).contains(
				new Item(AuditField.ROLE, false, null, role(StaffRole.BRANCH_STAFF)),
				new Item(AuditField.BRANCH, false, null, "审计旗舰厅"), new Item(AuditField.ENABLED, false, null, true));
		users.update(new UpdateUserCommand(clerk.id(), clerk.lockVersion(), clerk.displayName(),
				StaffRole.BRANCH_MANAGER, branch.id(), false));
		assertThat(items(latest(AuditAction.USER_DISABLED, clerk.username()))).containsExactly(
				new Item(AuditField.ROLE, true, role(StaffRole.BRANCH_STAFF), role(StaffRole.BRANCH_MANAGER)),
				new Item(AuditField.ENABLED, true, true, false));
	}

	@Test
	void scripts_and_flows_show_the_change_and_publishing_what_changed_since_the_last_version() {
		String snippetKey = Fixtures.unique("greet");
		ScriptSnippet first = library.save(snippetKey, null, "问候", "您好，欢迎光临", null);
		library.save(snippetKey, first.lockVersion(), "问候", "您好，欢迎光临营业厅", "通用");
		assertThat(items(latest(AuditAction.SNIPPET_SAVED, snippetKey))).containsExactly(
				new Item(AuditField.TEXT, true, "您好，欢迎光临", "您好，欢迎光临营业厅"), new Item(AuditField.TAGS, true, null, "通用"));

		String key = Fixtures.unique("AUDIT_").toUpperCase();
		Draft draft = designs.create(new NewFlowCommand(key, "审计流程", null));
		Draft saved = designs.saveDraft(key, draft.lockVersion(), flow(key).step("greet").step("farewell").build());
		designs.publish(key, saved.lockVersion(), "首版", null);
		Draft second = designs.saveDraft(key, 0, flow(key).step("greet").step("check").step("farewell").build());
		assertThat(items(latest(AuditAction.FLOW_DRAFT_SAVED, key))).first()
			.isEqualTo(new Item(AuditField.STEPS, true, 2L, 3L));
		designs.publish(key, second.lockVersion(), "加核对", null);
		List<Item> published = items(latest(AuditAction.FLOW_PUBLISHED, key));
		assertThat(published).startsWith(new Item(AuditField.VERSION, false, null, 2L),
				new Item(AuditField.CHANGE_NOTE, false, null, "加核对"), new Item(AuditField.STEPS, true, 2L, 3L));
		// each change in the words of the version comparison, naming the new step
		assertThat(published.get(3).field()).isEqualTo(AuditField.CHANGES);
		assertThat((List<?>) published.get(3).after()).singleElement()
			.isInstanceOfSatisfying(AuditDetail.Words.class, w -> {
				assertThat(w.key()).startsWith("flowdesign.diff.");
				assertThat(w.args().toString()).contains("check");
			});
	}

}
