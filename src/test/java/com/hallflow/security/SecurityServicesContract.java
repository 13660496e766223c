package com.hallflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditEntry;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.organization.BranchSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.SignInThrottles;
import com.hallflow.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void fromNoRequest() {
		// the addresses are the tests' own (a UI test may leave its faked request behind)
		RequestContextHolder.resetRequestAttributes();
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
		SignInThrottles.forgetAddresses(jdbc);
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
	void after_five_wrong_passwords_the_account_waits_twice_as_long_after_each_further_one_and_it_is_audited() {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("限速测试厅").id());
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> login(clerk.username(), "wrong-password"))
				.isInstanceOf(BadCredentialsException.class);
		}

		// the test profile's first wait is a minute (application-test.properties)
		assertThat(refusal(clerk.username(), Fixtures.PASSWORD, null)).as("the right password waits too")
			.isCloseTo(Duration.ofMinutes(1), Duration.ofSeconds(5));
		assertThat(SystemAuthentication.callAsSystem(() -> audit.latest(3)))
			.extracting(e -> e.action() + " " + e.target())
			.as("a refused attempt is not checked, so not counted: the wait starts, audited")
			.containsExactly("ACCOUNT_THROTTLED " + clerk.username(), "LOGIN_FAILED " + clerk.username(),
					"LOGIN_FAILED " + clerk.username());
		clock.advance(Duration.ofSeconds(61));
		assertThatThrownBy(() -> login(clerk.username(), "wrong-again")).isInstanceOf(BadCredentialsException.class);
		assertThat(refusal(clerk.username(), Fixtures.PASSWORD, null)).isCloseTo(Duration.ofMinutes(2),
				Duration.ofSeconds(5));
		clock.advance(Duration.ofSeconds(121));
		assertThatCode(() -> login(clerk.username(), Fixtures.PASSWORD)).doesNotThrowAnyException();
		for (int i = 0; i < 4; i++) {
			assertThatThrownBy(() -> login(clerk.username(), "wrong-password"))
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThatCode(() -> login(clerk.username(), Fixtures.PASSWORD))
			.as("a right password lets the count start afresh")
			.doesNotThrowAnyException();
	}

	@Test
	void an_unknown_name_is_held_back_exactly_as_an_account_is() {
		String account = fixtures.user(StaffRole.HQ_ADMIN, null).username();
		String unknown = Fixtures.unique("nobody");
		String[] names = { account, unknown };
		List<List<String>> outcomes = List.of(new ArrayList<>(), new ArrayList<>());
		for (int name = 0; name < 2; name++) {
			String address = Fixtures.unique("198.51.100.");
			for (int attempt = 0; attempt < 7; attempt++) {
				String username = names[name];
				try {
					login(username, "guess-" + attempt, address);
					outcomes.get(name).add("signed in");
				}
				catch (SignInThrottledException held) {
					outcomes.get(name)
						.add("wait "
								+ Math.round(Duration.between(clock.instant(), held.retryAt()).toSeconds() / 10.0));
				}
				catch (AuthenticationException failed) {
					outcomes.get(name).add(failed.getClass().getSimpleName());
				}
			}
		}
		assertThat(outcomes.get(1)).isEqualTo(outcomes.get(0))
			.containsExactly("BadCredentialsException", "BadCredentialsException", "BadCredentialsException",
					"BadCredentialsException", "BadCredentialsException", "wait 6", "wait 6");
		assertThat(SystemAuthentication.callAsSystem(() -> audit.latest(40)))
			.filteredOn(e -> e.action() == AuditAction.ACCOUNT_THROTTLED)
			.extracting(AuditEntry::target)
			.contains(account, unknown);
	}

	@Test
	void an_address_that_fails_for_many_names_waits_whichever_name_it_tries_next() {
		String guesser = Fixtures.unique("203.0.113.");
		for (int i = 0; i < 10; i++) {
			String name = Fixtures.unique("guess");
			assertThatThrownBy(() -> login(name, "password-1", guesser)).isInstanceOf(BadCredentialsException.class);
		}
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("地址限速厅").id());

		assertThat(refusal(clerk.username(), Fixtures.PASSWORD, guesser)).isCloseTo(Duration.ofMinutes(1),
				Duration.ofSeconds(5));
		assertThatCode(() -> login(clerk.username(), Fixtures.PASSWORD, Fixtures.unique("192.0.2.")))
			.as("from elsewhere")
			.doesNotThrowAnyException();
		assertThat(SystemAuthentication.callAsSystem(() -> audit.latest(20))).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo(AuditAction.ADDRESS_THROTTLED);
			assertThat(e.target()).isEqualTo(guesser);
		});
	}

	@Test
	void strangers_hammering_an_account_do_not_keep_its_owner_out_at_an_address_they_signed_in_from() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		String office = Fixtures.unique("192.0.2.");
		login(admin.username(), Fixtures.PASSWORD, office);
		for (int i = 0; i < 8; i++) {
			String stranger = Fixtures.unique("198.51.100.");
			assertThatThrownBy(() -> login(admin.username(), "guess-password", stranger))
				.isInstanceOf(i < 5 ? BadCredentialsException.class : SignInThrottledException.class);
		}

		assertThatCode(() -> login(admin.username(), Fixtures.PASSWORD, office)).doesNotThrowAnyException();
		assertThat(refusal(admin.username(), Fixtures.PASSWORD, Fixtures.unique("198.51.100.")))
			.as("strangers still wait")
			.isPositive();
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> login(admin.username(), "typo-password", office))
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThat(refusal(admin.username(), Fixtures.PASSWORD, office))
			.as("the owner's own typos count on their own, with the same first wait")
			.isCloseTo(Duration.ofMinutes(1), Duration.ofSeconds(5));
	}

	@Test
	void wrong_current_passwords_at_a_password_change_count_toward_the_account_throttle_and_are_audited() {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("改密限速厅").id());
		Fixtures.signIn(clerk);
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> accounts.changeOwnPassword("not-my-password", "a-brand-new-secret"))
				.isInstanceOfSatisfying(BusinessException.class,
						e -> assertThat(e.messageKey()).isEqualTo("security.password.currentWrong"));
		}

		assertThatThrownBy(() -> accounts.changeOwnPassword(Fixtures.PASSWORD, "a-brand-new-secret"))
			.as("held back: not even the right current password is checked")
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.field()).contains("currentPassword");
				assertThat(e.messageKey()).isEqualTo("security.password.throttled");
			});
		assertThatThrownBy(() -> login(clerk.username(), Fixtures.PASSWORD))
			.isInstanceOf(SignInThrottledException.class);
		assertThat(SystemAuthentication.callAsSystem(() -> audit.latest(10)))
			.filteredOn(e -> e.action() == AuditAction.PASSWORD_CHANGE_FAILED)
			.hasSize(5)
			.allSatisfy(e -> assertThat(e.target()).isEqualTo(clerk.username()));
	}

	@Test
	void an_admin_password_reset_forces_a_change_and_lifts_the_waits() {
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
	void changing_ones_password_ends_ones_other_sessions_and_keeps_this_one() {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("改密会话厅").id());
		Object principal = userDetailsService.loadUserByUsername(clerk.username());
		String here = Fixtures.unique("session-here-");
		String elsewhere = Fixtures.unique("session-elsewhere-");
		sessionRegistry.registerNewSession(here, principal);
		sessionRegistry.registerNewSession(elsewhere, principal);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(new MockHttpSession(null, here));
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			Fixtures.signIn(clerk);
			accounts.changeOwnPassword(Fixtures.PASSWORD, "a-brand-new-secret");
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}

		assertThat(sessionRegistry.getSessionInformation(elsewhere).isExpired()).isTrue();
		assertThat(sessionRegistry.getSessionInformation(here).isExpired()).isFalse();
	}

	@Test
	void a_password_reset_ends_every_session_of_the_user() {
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("重置会话厅").id());
		String sessionId = Fixtures.unique("session-");
		sessionRegistry.registerNewSession(sessionId, userDetailsService.loadUserByUsername(clerk.username()));

		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		accounts.resetPassword(clerk.id(), "temporary-456");

		assertThat(sessionRegistry.getSessionInformation(sessionId).isExpired()).isTrue();
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

		assertThat(output.getAll()).contains("waits PT1M after 5 failures")
			.doesNotContain(secret)
			.doesNotContain("Guess-Secret-");
	}

	private void login(String username, String password) {
		login(username, password, null);
	}

	/**
	 * A sign-in from {@code address}, as the form and the API pass it on (null: none).
	 */
	private void login(String username, String password, String address) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		attempt.setDetails(address == null ? null : new WebAuthenticationDetails(address, null));
		authenticationManager.authenticate(attempt);
	}

	/** How long the sign-in is held back (zero when it is not). */
	private Duration refusal(String username, String password, String address) {
		try {
			login(username, password, address);
			return Duration.ZERO;
		}
		catch (SignInThrottledException held) {
			return Duration.between(clock.instant(), held.retryAt());
		}
	}

}
