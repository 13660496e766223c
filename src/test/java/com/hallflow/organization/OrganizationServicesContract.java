package com.hallflow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UpdateUserCommand;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserFilter;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs against every database the application supports; see the H2 and MariaDB
 * subclasses.
 */
abstract class OrganizationServicesContract {

	@Autowired
	BranchService branches;

	@Autowired
	RegionService regions;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditLog audit;

	@Autowired
	UserAccountService accounts;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	@Test
	void a_branch_with_chinese_text_round_trips_through_the_database() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		Fixtures.signIn(admin);
		RegionNode city = fixtures.city(fixtures.province("广东省"), "广州市");

		BranchSummary created = branches
			.create(new BranchCommand(null, 0, Fixtures.unique("gz-"), "广州天河营业厅𠀀", city.id(), "天河路 385 号", true));

		BranchSummary read = branches.get(created.id());
		assertThat(read.name()).isEqualTo("广州天河营业厅𠀀");
		assertThat(read.address()).isEqualTo("天河路 385 号");
		assertThat(read.regionName()).isEqualTo("广州市");
		assertThat(read.code()).isEqualTo(created.code()).isUpperCase();
		assertThat(audit.latest(5)).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo(AuditAction.BRANCH_CREATED);
			assertThat(e.target()).isEqualTo(created.code());
		});
	}

	@Test
	void a_duplicate_branch_code_is_refused_at_the_code_field_and_nothing_is_saved() {
		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		BranchSummary existing = fixtures.branch("已有营业厅");
		long before = branches.count(BranchFilter.any());

		assertThatThrownBy(() -> branches
			.create(new BranchCommand(null, 0, existing.code().toLowerCase(), "另一个", existing.regionId(), null, true)))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.field()).contains("code");
				assertThat(e.messageKey()).isEqualTo("organization.branch.code.taken");
			});
		assertThat(branches.count(BranchFilter.any())).isEqualTo(before);
	}

	@Test
	void invalid_branch_input_names_the_fields_at_fault() {
		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));

		assertThatThrownBy(() -> branches.create(new BranchCommand(null, 0, "bad code!", " ", null, null, true)))
			.isInstanceOfSatisfying(ConstraintViolationException.class,
					e -> assertThat(e.getConstraintViolations()).extracting(v -> v.getMessage())
						.contains("organization.branch.code.format", "organization.branch.name.required",
								"organization.branch.region.required"));
	}

	@Test
	void the_second_of_two_concurrent_edits_gets_a_conflict_and_the_first_is_kept() {
		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		BranchSummary loaded = fixtures.branch("原名");
		BranchSummary loadedBySecondAdmin = branches.get(loaded.id());

		branches.update(new BranchCommand(loaded.id(), loaded.lockVersion(), loaded.code(), "第一位管理员改的名",
				loaded.regionId(), loaded.address(), true));

		assertThatThrownBy(
				() -> branches.update(new BranchCommand(loadedBySecondAdmin.id(), loadedBySecondAdmin.lockVersion(),
						loaded.code(), "第二位管理员改的名", loaded.regionId(), loaded.address(), false)))
			.isInstanceOf(ConcurrentEditException.class);
		BranchSummary stored = branches.get(loaded.id());
		assertThat(stored.name()).isEqualTo("第一位管理员改的名");
		assertThat(stored.open()).isTrue();
	}

	@Test
	void a_branch_manager_sees_only_their_own_branch() {
		BranchSummary own = fixtures.branch("本厅");
		BranchSummary other = fixtures.branch("别的厅");
		Fixtures.signIn(fixtures.user(StaffRole.BRANCH_MANAGER, own.id()));

		assertThat(branches.list(BranchFilter.any(), Pageable.ofSize(50))).extracting(BranchSummary::id)
			.containsExactly(own.id());
		assertThat(branches.count(new BranchFilter(null, other.regionId(), null))).isZero();
		assertThatThrownBy(() -> branches.get(other.id())).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> branches
			.update(new BranchCommand(own.id(), own.lockVersion(), own.code(), "改名", own.regionId(), null, true)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_region_admin_sees_the_branches_of_their_region_read_only() {
		RegionNode province = fixtures.province("区域省");
		RegionNode city = fixtures.city(province, "区域市");
		RegionNode otherCity = fixtures.city(province, "区域另一市");
		BranchSummary inCity = fixtures.branch(city, "区域厅");
		BranchSummary inOtherCity = fixtures.branch(otherCity, "区域另一厅");
		BranchSummary outside = fixtures.branch("区域外厅");

		Fixtures.signIn(fixtures.regionAdmin(province.id()));
		assertThat(currentUser.regionId()).contains(province.id());
		assertThat(currentUser.withinOwnRegion(city.id())).isTrue();
		assertThat(currentUser.withinOwnRegion(outside.regionId())).isFalse();
		assertThat(currentUser.branchWithinOwnRegion(inOtherCity.id())).isTrue();
		assertThat(currentUser.branchWithinOwnRegion(outside.id())).isFalse();
		assertThat(currentUser.require().regionRef()).hasValueSatisfying(r -> assertThat(r.label()).isEqualTo("区域省"));
		assertThat(branches.list(BranchFilter.any(), Pageable.ofSize(50))).extracting(BranchSummary::id)
			.containsExactlyInAnyOrder(inCity.id(), inOtherCity.id());
		assertThat(branches.count(new BranchFilter(null, city.id(), null))).isOne();
		assertThat(branches.count(new BranchFilter(null, outside.regionId(), null))).isZero();
		assertThat(branches.get(inCity.id()).name()).isEqualTo("区域厅");
		assertThatThrownBy(() -> branches.get(outside.id())).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> branches.update(new BranchCommand(inCity.id(), inCity.lockVersion(), inCity.code(),
				"改名", inCity.regionId(), null, true)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.list(UserFilter.any(), Pageable.ofSize(5)))
			.isInstanceOf(AccessDeniedException.class);

		Fixtures.signIn(fixtures.regionAdmin(city.id()));
		assertThat(currentUser.require().regionRef())
			.hasValueSatisfying(r -> assertThat(r.label()).isEqualTo("区域省 › 区域市"));
		assertThat(currentUser.withinOwnRegion(province.id())).as("a city holds not its province").isFalse();
		assertThat(branches.list(BranchFilter.any(), Pageable.ofSize(50))).extracting(BranchSummary::id)
			.containsExactly(inCity.id());
		assertThat(branches.count(new BranchFilter(null, province.id(), null))).isOne();
		assertThatThrownBy(() -> branches.get(inOtherCity.id())).isInstanceOf(BusinessException.class);
	}

	@Test
	void a_region_admin_has_a_region_and_no_branch_and_only_they_have_a_region() {
		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		RegionNode province = fixtures.province("账号省");
		BranchSummary branch = fixtures.branch(fixtures.city(province, "账号市"), "账号厅");
		String name = Fixtures.unique("gd");
		assertThatThrownBy(() -> accounts
			.create(new CreateUserCommand(name, "黄志远", StaffRole.REGION_ADMIN, null, null, Fixtures.PASSWORD, true)))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.field()).contains("regionId");
				assertThat(e.messageKey()).isEqualTo("security.user.region.required");
			});
		assertThatThrownBy(() -> accounts.create(new CreateUserCommand(name, "黄志远", StaffRole.REGION_ADMIN, branch.id(),
				province.id(), Fixtures.PASSWORD, true)))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.field()).contains("branchId");
				assertThat(e.messageKey()).isEqualTo("security.user.branch.notForRole");
			});
		assertThatThrownBy(() -> accounts
			.create(new CreateUserCommand(name, "黄志远", StaffRole.REGION_ADMIN, null, -5L, Fixtures.PASSWORD, true)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("security.user.region.unknown"));
		assertThatThrownBy(() -> accounts.create(new CreateUserCommand(name, "陈静", StaffRole.BRANCH_STAFF, branch.id(),
				province.id(), Fixtures.PASSWORD, true)))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.field()).contains("regionId");
				assertThat(e.messageKey()).isEqualTo("security.user.region.notForRole");
			});
		assertThat(accounts.count(new UserFilter(name, null, null))).as("nothing half-saved").isZero();

		UserSummary created = accounts.create(new CreateUserCommand(name, "黄志远", StaffRole.REGION_ADMIN, null,
				province.id(), Fixtures.PASSWORD, true));
		assertThat(created.regionId()).isEqualTo(province.id());
		assertThat(created.branchId()).isNull();
		UserSummary manager = accounts.update(new UpdateUserCommand(created.id(), created.lockVersion(), "黄志远",
				StaffRole.BRANCH_MANAGER, branch.id(), null, true));
		assertThat(manager.regionId()).isNull();
		assertThat(manager.branchId()).isEqualTo(branch.id());
		assertThat(audit.latest(1)).singleElement()
			.satisfies(e -> assertThat(e.detail()).contains("账号省").contains("账号厅"));
	}

	@Test
	void filtering_by_a_province_includes_the_branches_of_its_cities() {
		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		RegionNode province = fixtures.province("浙江省");
		BranchSummary inCity = fixtures.branch(fixtures.city(province, "杭州市"), "杭州西湖营业厅");
		fixtures.branch("省外营业厅");

		assertThat(branches.list(new BranchFilter(null, province.id(), null), Pageable.ofSize(50)))
			.extracting(BranchSummary::id)
			.containsExactly(inCity.id());
		assertThat(branches.list(new BranchFilter("西湖", null, true), Pageable.ofSize(50))).extracting(BranchSummary::id)
			.contains(inCity.id());
	}

	@Test
	void a_region_in_use_cannot_be_deleted_and_cities_only_go_under_provinces() {
		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		RegionNode province = fixtures.province("江苏省");
		RegionNode city = fixtures.city(province, "南京市");

		assertThatThrownBy(() -> regions.delete(province.id())).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.messageKey()).isEqualTo("organization.region.inUse"));
		assertThatThrownBy(() -> regions.create(new RegionCommand(Fixtures.unique("D"), "玄武区", city.id())))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("organization.region.parent.notProvince"));
		regions.delete(city.id());
		assertThat(regions.all()).extracting(RegionNode::id).doesNotContain(city.id());
	}

	@Test
	void a_regions_name_as_records_show_it_follows_a_rename_here_at_once_and_from_another_node_within_the_interval()
			throws InterruptedException {
		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		RegionNode province = fixtures.province("安徽省");
		assertThat(regions.nameOf(province.id())).isEqualTo("安徽省");

		RegionNode renamed = regions.rename(province.id(), province.lockVersion(), "安徽省公司");
		assertThat(regions.nameOf(province.id())).isEqualTo("安徽省公司");

		// another node renames it: its row and the regions' revision move in one commit
		transactions.executeWithoutResult(status -> {
			jdbc.update("update region set name = '皖', lock_version = lock_version + 1 where id = ?", renamed.id());
			jdbc.update("update config_revision set revision = revision + 1 where name = 'organization'");
		});
		Thread.sleep(2_100);
		assertThat(regions.nameOf(province.id())).isEqualTo("皖");

		RegionNode city = fixtures.city(province, "合肥市");
		assertThat(regions.nameOf(city.id())).isEqualTo("合肥市");
		regions.delete(city.id());
		assertThat(regions.nameOf(city.id())).isEmpty();
	}

}
