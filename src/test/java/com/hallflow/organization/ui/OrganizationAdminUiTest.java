package com.hallflow.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserFilter;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class OrganizationAdminUiTest extends KaribuTest {

	@Autowired
	BranchService branches;

	@Autowired
	UserAccountService accounts;

	RegionNode city;

	@BeforeEach
	void signInAsAdmin() {
		city = fixtures.city(fixtures.province("广东省"), "佛山市");
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
	}

	@Test
	void the_admin_creates_a_branch_and_then_a_staff_user_in_it() {
		UI.getCurrent().navigate(BranchesView.class);
		_click(_get(BranchesView.class).create);
		BranchDialog dialog = _get(BranchDialog.class);
		String code = Fixtures.unique("FS-");
		_setValue(dialog.code, code);
		_setValue(dialog.name, "佛山禅城营业厅");
		_setValue(dialog.region, city);
		_setValue(dialog.address, "禅城区祖庙路 1 号");
		_click(dialog.save);

		BranchSummary created = branches.list(new BranchFilter(code, null, null), Pageable.ofSize(5)).get(0);
		assertThat(created.name()).isEqualTo("佛山禅城营业厅");
		assertThat(GridKt._findAll(_get(BranchesView.class).grid)).extracting(BranchSummary::code).contains(code);

		UI.getCurrent().navigate(StaffView.class);
		_click(_get(StaffView.class).create);
		UserDialog userDialog = _get(UserDialog.class);
		String username = Fixtures.unique("chen");
		_setValue(userDialog.username, username);
		_setValue(userDialog.displayName, "陈小明");
		_setValue(userDialog.role, StaffRole.BRANCH_STAFF);
		_setValue(userDialog.branch, created);
		_setValue(userDialog.password, "first-password-1");
		_click(userDialog.save);

		UserSummary user = accounts.list(new UserFilter(username, null, null), Pageable.ofSize(5)).get(0);
		assertThat(user.branchId()).isEqualTo(created.id());
		assertThat(user.mustChangePassword()).isTrue();
	}

	@Test
	void head_office_makes_a_region_admin_choosing_the_region_by_name() {
		UI.getCurrent().navigate(StaffView.class);
		StaffView staff = _get(StaffView.class);
		_click(staff.create);
		UserDialog dialog = _get(UserDialog.class);
		assertThat(dialog.role.getListDataView().getItems().map(r -> dialog.role.getItemLabelGenerator().apply(r)))
			.contains("省公司管理员");
		String username = Fixtures.unique("gd");
		_setValue(dialog.username, username);
		_setValue(dialog.displayName, "黄志远");
		_setValue(dialog.role, StaffRole.REGION_ADMIN);
		assertThat(dialog.branch.isVisible()).isFalse();
		assertThat(dialog.region.isVisible()).isTrue();
		_setValue(dialog.password, "first-password-1");
		_click(dialog.save);
		assertThat(dialog.region.isInvalid()).isTrue();
		assertThat(dialog.region.getErrorMessage()).isEqualTo(zh("security.user.region.required"));
		assertThat(accounts.count(new UserFilter(username, null, null))).isZero();

		RegionNode foshan = dialog.region.getListDataView()
			.getItems()
			.filter(r -> r.id() == city.id())
			.findFirst()
			.orElseThrow();
		assertThat(dialog.region.getItemLabelGenerator().apply(foshan)).isEqualTo("广东省 › 佛山市");
		_setValue(dialog.region, foshan);
		_click(dialog.save);

		UserSummary user = accounts.list(new UserFilter(username, null, null), Pageable.ofSize(5)).get(0);
		assertThat(user.role()).isEqualTo(StaffRole.REGION_ADMIN);
		assertThat(user.regionId()).isEqualTo(city.id());
		assertThat(user.branchId()).isNull();
		assertThat(GridKt._getFormatted(staff.grid.getColumns().get(3), user)).isEqualTo("广东省 › 佛山市");
		assertThat(GridKt._getFormatted(staff.grid.getColumns().get(2), user)).isEqualTo("省公司管理员");

		// editing shows the region chosen
		UserDialog editing = new UserDialog(accounts, List.of(), List.of(foshan), user, () -> {
		});
		assertThat(editing.region.getValue()).isEqualTo(foshan);
		assertThat(editing.region.isVisible()).isTrue();
	}

	@Test
	void a_duplicate_branch_code_shows_the_message_at_the_code_field_and_saves_nothing() {
		BranchSummary existing = fixtures.branch("已存在的营业厅");
		long before = branches.count(BranchFilter.any());
		UI.getCurrent().navigate(BranchesView.class);
		_click(_get(BranchesView.class).create);
		BranchDialog dialog = _get(BranchDialog.class);
		_setValue(dialog.code, existing.code());
		_setValue(dialog.name, "重复编码的营业厅");
		_setValue(dialog.region, city);
		_click(dialog.save);

		assertThat(dialog.code.isInvalid()).isTrue();
		assertThat(dialog.code.getErrorMessage()).isEqualTo(zh("organization.branch.code.taken", existing.code()))
			.contains("已存在");
		assertThat(dialog.isOpened()).isTrue();
		assertThat(branches.count(BranchFilter.any())).isEqualTo(before);
	}

	@Test
	void an_empty_form_marks_every_missing_field() {
		UI.getCurrent().navigate(BranchesView.class);
		_click(_get(BranchesView.class).create);
		BranchDialog dialog = _get(BranchDialog.class);
		_click(dialog.save);

		assertThat(dialog.code.getErrorMessage()).isEqualTo(zh("organization.branch.code.required"));
		assertThat(dialog.name.getErrorMessage()).isEqualTo(zh("organization.branch.name.required"));
		assertThat(dialog.region.getErrorMessage()).isEqualTo(zh("organization.branch.region.required"));
	}

	@Test
	void saving_over_someone_elses_change_shows_the_conflict_and_keeps_their_change() {
		BranchSummary branch = fixtures.branch(city, "冲突测试厅");
		UI.getCurrent().navigate(BranchesView.class);
		BranchDialog dialog = new BranchDialog(branches, List.of(city), branch, () -> {
		});
		dialog.open();
		SystemAuthentication.runAsSystem(() -> branches.update(new BranchCommand(branch.id(), branch.lockVersion(),
				branch.code(), "另一位管理员的名字", branch.regionId(), branch.address(), true)));

		_setValue(dialog.name, "我的名字");
		_click(dialog.save);

		ConfirmDialog conflict = _get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"));
		assertThat(ConfirmDialogKt.getText(conflict)).isEqualTo(zh("base.error.conflict"));
		assertThat(branches.get(branch.id()).name()).isEqualTo("另一位管理员的名字");

		ConfirmDialogKt._fireConfirm(conflict);
		assertThat(dialog.name.getValue()).isEqualTo("另一位管理员的名字");
	}

}
