package com.hallflow.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionCommand;
import com.hallflow.organization.RegionService;
import com.hallflow.support.Fixtures;
import com.hallflow.support.H2Test;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Services check roles again, whatever the UI shows: callers without the role are
 * refused.
 */
@H2Test
class ServiceAccessTest {

	@Autowired
	BranchService branches;

	@Autowired
	RegionService regions;

	@Autowired
	UserAccountService accounts;

	@Autowired
	Fixtures fixtures;

	BranchSummary branch;

	Map<StaffRole, UserSummary> users;

	@BeforeEach
	void users() {
		branch = fixtures.branch("权限测试厅");
		users = Map.of(StaffRole.HQ_ADMIN, fixtures.user(StaffRole.HQ_ADMIN, null), StaffRole.BRANCH_MANAGER,
				fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()), StaffRole.BRANCH_STAFF,
				fixtures.user(StaffRole.BRANCH_STAFF, branch.id()));
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	@Test
	void head_office_operations_refuse_branch_roles() {
		for (StaffRole role : new StaffRole[] { StaffRole.BRANCH_MANAGER, StaffRole.BRANCH_STAFF }) {
			Fixtures.signIn(users.get(role));
			assertThatThrownBy(() -> branches
				.create(new BranchCommand(null, 0, Fixtures.unique("X"), "x", branch.regionId(), null, true)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> regions.create(new RegionCommand(Fixtures.unique("R"), "x", null)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> regions.delete(branch.regionId())).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> accounts.create(new CreateUserCommand(Fixtures.unique("u"), "x",
					StaffRole.BRANCH_STAFF, branch.id(), Fixtures.PASSWORD, true)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> accounts.resetPassword(users.get(StaffRole.BRANCH_STAFF).id(), "whatever-123"))
				.isInstanceOf(AccessDeniedException.class);
			UserSummary staff = users.get(StaffRole.BRANCH_STAFF);
			assertThatThrownBy(() -> accounts
				.update(new UpdateUserCommand(staff.id(), staff.lockVersion(), "x", StaffRole.HQ_ADMIN, null, true)))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void staff_lists_are_for_head_office_and_managers_only() {
		Fixtures.signIn(users.get(StaffRole.BRANCH_STAFF));
		assertThatThrownBy(() -> accounts.list(UserFilter.any(), Pageable.ofSize(5)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.count(UserFilter.any())).isInstanceOf(AccessDeniedException.class);
		assertThatCode(() -> branches.get(branch.id())).doesNotThrowAnyException();

		Fixtures.signIn(users.get(StaffRole.BRANCH_MANAGER));
		assertThatCode(() -> accounts.list(UserFilter.any(), Pageable.ofSize(5))).doesNotThrowAnyException();
	}

	@Test
	void anonymous_callers_are_refused_everywhere() {
		Fixtures.signOut();
		assertThatThrownBy(() -> branches.list(BranchFilter.any(), Pageable.ofSize(5)))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> regions.all()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> accounts.changeOwnPassword("a", "b"))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

}
