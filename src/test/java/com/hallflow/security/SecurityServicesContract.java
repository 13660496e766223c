package com.hallflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.organization.BranchSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.TestClock;
import java.time.Duration;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs against every database the application supports; see the H2 and MariaDB
 * subclasses.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class SecurityServicesContract {

	@Autowired
	UserAccountService accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuthenticationManager authenticationManager;

	@Autowired
	AuditLog audit;

	@Autowired
	TestClock clock;

	@Autowired
	SessionRegistry sessionRegistry;

	@Autowired
	UserDetailsService userDetailsService;

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	@Test
	void the_first_head_office_admin_comes_from_the_environment_and_must_change_the_password() {
		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		assertThat(accounts.list(new UserFilter("root-admin", null, null), Pageable.ofSize(5))).singleElement()
			.satisfies(u -> {
				assertThat(u.role()).isEqualTo(StaffRole.HQ_ADMIN);
				assertThat(u.mustChangePassword()).isTrue();
			});
	}

	@Test
	void a_branch_role_requires_a_branch_and_duplicate_usernames_are_refused() {
		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		String name = Fixtures.unique("zhang");

		assertThatThrownBy(() -> accounts
			.create(new CreateUserCommand(name, "张三", StaffRole.BRANCH_STAFF, null, Fixtures.PASSWORD, true)))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).contains("branchId"));
		BranchSummary branch = fixtures.branch("张三的营业厅");
		accounts
			.create(new CreateUserCommand(name, "张三", StaffRole.BRANCH_STAFF, branch.id(), Fixtures.PASSWORD, true));
		assertThatThrownBy(() -> accounts
			.create(new CreateUserCommand(name, "张三二", StaffRole.BRANCH_STAFF, branch.id(), Fixtures.PASSWORD, true)))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.field()).contains("username");
				assertThat(e.messageKey()).isEqualTo("security.user.username.taken");
			});
		assertThatThrownBy(() -> accounts.create(
				new CreateUserCommand(Fixtures.unique("li"), "李四", StaffRole.BRANCH_STAFF, branch.id(), "short", true)))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).contains("initialPassword"));
	}

	@Test
	void stored_passwords_are_hashed_with_an_encoder_id() {
		UserSummary user = fixtures.user(StaffRole.HQ_ADMIN, null);
		String stored = userDetailsService.loadUserByUsername(user.username()).getPassword();
		assertThat(stored).startsWith("{bcrypt}").doesNotContain(Fixtures.PASSWORD);
	}

	@Test
	void five_wrong_passwords_lock_the_account_for_fifteen_minutes_and_the_lock_is_audited() {
		BranchSummary branch = fixtures.branch("锁定测试厅");
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> login(clerk.username(), "wrong-password"))
				.isInstanceOf(BadCredentialsException.class);
		}

		assertThatThrownBy(() -> login(clerk.username(), Fixtures.PASSWORD)).isInstanceOf(LockedException.class);
		assertThat(SystemAuthentication.callAsSystem(() -> audit.latest(20))).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo(AuditAction.ACCOUNT_LOCKED);
			assertThat(e.target()).isEqualTo(clerk.username());
		});

		clock.advance(Duration.ofMinutes(14));
		assertThatThrownBy(() -> login(clerk.username(), Fixtures.PASSWORD)).isInstanceOf(LockedException.class);
		clock.advance(Duration.ofMinutes(2));
		assertThatCode(() -> login(clerk.username(), Fixtures.PASSWORD)).doesNotThrowAnyException();
		assertThatThrownBy(() -> login(clerk.username(), "wrong-again")).isInstanceOf(BadCredentialsException.class);
		assertThatCode(() -> login(clerk.username(), Fixtures.PASSWORD))
			.as("one failure after the lock expired starts counting afresh")
			.doesNotThrowAnyException();
		// every sign-in and every failure is in the audit log, newest first
		assertThat(SystemAuthentication.callAsSystem(() -> audit.latest(3)))
			.extracting(e -> e.action() + " " + e.target())
			.containsExactly("LOGIN_SUCCEEDED " + clerk.username(), "LOGIN_FAILED " + clerk.username(),
					"LOGIN_SUCCEEDED " + clerk.username());
	}

	@Test
	void fewer_than_five_failures_followed_by_a_success_start_the_count_again() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				assertThatThrownBy(() -> login(admin.username(), "nope-nope-nope"))
					.isInstanceOf(BadCredentialsException.class);
			}
			assertThatCode(() -> login(admin.username(), Fixtures.PASSWORD)).doesNotThrowAnyException();
		}
	}

	@Test
	void an_admin_password_reset_forces_a_change_and_lifts_a_lock() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		UserSummary other = fixtures.user(StaffRole.HQ_ADMIN, null);
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> login(other.username(), "x-wrong-x")).isInstanceOf(BadCredentialsException.class);
		}
		Fixtures.signIn(admin);
		accounts.resetPassword(other.id(), "temporary-123");
		assertThatCode(() -> login(other.username(), "temporary-123")).doesNotThrowAnyException();

		Fixtures.signIn(other);
		assertThat(accounts.get(other.id()).mustChangePassword()).isTrue();
		assertThatThrownBy(() -> accounts.changeOwnPassword("not-the-current", "my-own-password-1"))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).contains("currentPassword"));
		accounts.changeOwnPassword("temporary-123", "my-own-password-1");
		assertThat(accounts.get(other.id()).mustChangePassword()).isFalse();
		assertThatCode(() -> login(other.username(), "my-own-password-1")).doesNotThrowAnyException();
	}

	@Test
	void disabling_a_user_ends_their_sessions_and_stops_their_login() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		BranchSummary branch = fixtures.branch("停用测试厅");
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		Object principal = userDetailsService.loadUserByUsername(clerk.username());
		String sessionId = Fixtures.unique("session-");
		sessionRegistry.registerNewSession(sessionId, principal);

		Fixtures.signIn(admin);
		accounts.update(new UpdateUserCommand(clerk.id(), clerk.lockVersion(), clerk.displayName(), clerk.role(),
				branch.id(), false));

		assertThat(sessionRegistry.getSessionInformation(sessionId).isExpired()).isTrue();
		assertThatThrownBy(() -> login(clerk.username(), Fixtures.PASSWORD)).isInstanceOf(DisabledException.class);
		assertThat(SystemAuthentication.callAsSystem(() -> audit.latest(10)))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.USER_DISABLED));
	}

	@Test
	void a_stale_user_edit_is_refused() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		UserSummary target = fixtures.user(StaffRole.HQ_ADMIN, null);
		Fixtures.signIn(admin);
		accounts.update(new UpdateUserCommand(target.id(), target.lockVersion(), "新名字", target.role(), null, true));
		assertThatThrownBy(() -> accounts
			.update(new UpdateUserCommand(target.id(), target.lockVersion(), "旧编辑", target.role(), null, true)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(accounts.get(target.id()).displayName()).isEqualTo("新名字");
	}

	@Test
	void a_branch_manager_lists_only_the_staff_of_their_branch() {
		BranchSummary own = fixtures.branch("经理本厅");
		BranchSummary other = fixtures.branch("其他厅");
		UserSummary manager = fixtures.user(StaffRole.BRANCH_MANAGER, own.id());
		UserSummary colleague = fixtures.user(StaffRole.BRANCH_STAFF, own.id());
		UserSummary stranger = fixtures.user(StaffRole.BRANCH_STAFF, other.id());
		Fixtures.signIn(manager);

		assertThat(accounts.list(UserFilter.any(), Pageable.ofSize(100))).extracting(UserSummary::id)
			.containsExactlyInAnyOrder(manager.id(), colleague.id());
		assertThat(accounts.list(new UserFilter(null, null, other.id()), Pageable.ofSize(100)))
			.extracting(UserSummary::id)
			.doesNotContain(stranger.id());
		assertThatThrownBy(() -> accounts.get(stranger.id())).isInstanceOf(BusinessException.class);
	}

	@Test
	void passwords_never_reach_the_log(CapturedOutput output) {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		Fixtures.signIn(admin);
		String secret = "Sup3r-Secret-Pw-" + new Date().getTime();
		UserSummary created = accounts
			.create(new CreateUserCommand(Fixtures.unique("wang"), "王五", StaffRole.HQ_ADMIN, null, secret, true));
		for (int i = 0; i < 6; i++) {
			String guess = "Guess-Secret-" + i;
			assertThatThrownBy(() -> login(created.username(), guess)).isInstanceOf(RuntimeException.class);
		}
		accounts.resetPassword(created.id(), secret + "-reset");

		assertThat(output.getAll()).contains("locked after 5 failed logins")
			.doesNotContain(secret)
			.doesNotContain("Guess-Secret-");
	}

	private void login(String username, String password) {
		authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
	}

}
