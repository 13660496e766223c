package com.hallflow.security;

import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.base.TextHygiene;
import com.hallflow.base.TranslationProvider;
import com.hallflow.security.internal.SessionTerminator;
import com.hallflow.security.internal.SignInThrottle;
import com.hallflow.security.internal.UserAccount;
import com.hallflow.security.internal.UserAccountRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Staff accounts. Head office manages every account; a branch manager reads the accounts
 * of their own branch; everyone may change their own password and language.
 */
@Service
@Validated
@Transactional
public class UserAccountService {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final BranchDirectory branches;

	private final RegionDirectory regions;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final SessionTerminator sessions;

	private final SignInThrottle throttle;

	private final Clock clock;

	@SuppressWarnings("java:S107") // accounts touch every part of security
	UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, BranchDirectory branches,
			RegionDirectory regions, CurrentUser currentUser, AuditLog audit, SessionTerminator sessions,
			SignInThrottle throttle, Clock clock) {
		this.regions = regions;
		this.throttle = throttle;
		this.clock = clock;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.branches = branches;
		this.currentUser = currentUser;
		this.audit = audit;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	@Supervisor
	public List<UserSummary> list(UserFilter filter, Pageable page) {
		UserFilter scoped = scope(filter);
		return users.search(likePattern(scoped.text()), scoped.role(), scoped.branchId(), page)
			.map(this::summary)
			.getContent();
	}

	@Transactional(readOnly = true)
	@Supervisor
	public long count(UserFilter filter) {
		UserFilter scoped = scope(filter);
		return users.search(likePattern(scoped.text()), scoped.role(), scoped.branchId(), Pageable.ofSize(1))
			.getTotalElements();
	}

	@Transactional(readOnly = true)
	@Supervisor
	public UserSummary get(long id) {
		UserAccount account = load(id);
		Optional<Long> scope = currentUser.branchScope();
		if (scope.isPresent() && !scope.get().equals(account.getBranchId())) {
			throw new BusinessException("security.user.notFound");
		}
		return summary(account);
	}

	/**
	 * The names people know these accounts by, keyed by username: head office may read
	 * every account's, a branch manager only their own branch's, a region admin head
	 * office's (who publish the flows they read) and their region's region admins'.
	 * Usernames of no account the caller may see are left out.
	 */
	@Transactional(readOnly = true)
	@SupervisorOrRegion
	public Map<String, String> displayNames(Collection<String> usernames) {
		if (usernames == null || usernames.isEmpty()) {
			return Map.of();
		}
		Optional<Long> region = currentUser.regionId();
		Optional<Long> scope = currentUser.branchScope();
		return users.findByUsernameIn(usernames)
			.stream()
			.filter(u -> region.isPresent()
					? u.getRole() == StaffRole.HQ_ADMIN
							|| u.getRegionId() != null && regions.within(u.getRegionId(), region.get())
					: scope.isEmpty() || scope.get().equals(u.getBranchId()))
			.collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getDisplayName, (a, b) -> a));
	}

	/**
	 * What the audit log shows of an account (never its password); the branch and the
	 * region by their names.
	 */
	private Map<AuditField, Object> fields(UserAccount account) {
		Object branch = account.getBranchId() == null ? null
				: branches.findBranch(account.getBranchId())
					.map(BranchRef::name)
					.orElse(Long.toString(account.getBranchId()));
		Object region = account.getRegionId() == null ? null
				: regions.findRegion(account.getRegionId())
					.map(RegionRef::label)
					.orElse(Long.toString(account.getRegionId()));
		return AuditDetail.fields(AuditField.NAME, account.getDisplayName(), AuditField.ROLE, account.getRole(),
				AuditField.BRANCH, branch, AuditField.REGION, region, AuditField.ENABLED, account.isEnabled());
	}

	@HeadOffice
	public UserSummary create(@Valid CreateUserCommand command) {
		String username = command.username().trim();
		String displayName = TextHygiene.line("displayName", command.displayName(), UpdateUserCommand.NAME_MOST);
		if (users.existsByUsername(username)) {
			throw BusinessException.forField("username", "security.user.username.taken", username);
		}
		PasswordPolicy.check(username, command.initialPassword(), "initialPassword");
		Long branchId = checkedBranch(command.role(), command.branchId());
		Long regionId = checkedRegion(command.role(), command.regionId());
		UserAccount account = new UserAccount(username, displayName, passwordEncoder.encode(command.initialPassword()),
				command.role(), branchId, regionId, command.passwordIsTemporary());
		UserAccount saved = users.saveAndFlush(account);
		audit.record(currentUser.actorName(), AuditAction.USER_CREATED, username, AuditDetail.values(fields(saved)));
		return summary(saved);
	}

	@HeadOffice
	public UserSummary update(@Valid UpdateUserCommand command) {
		String displayName = TextHygiene.line("displayName", command.displayName(), UpdateUserCommand.NAME_MOST);
		UserAccount account = load(command.id());
		ConcurrentEditException.check(command.lockVersion(), account.getLockVersion());
		if (!command.enabled() && account.getUsername().equals(currentUser.require().username())) {
			throw BusinessException.forField("enabled", "security.user.cannotDisableSelf");
		}
		boolean disabling = account.isEnabled() && !command.enabled();
		Map<AuditField, Object> before = fields(account);
		account.setDisplayName(displayName);
		account.assign(command.role(), checkedBranch(command.role(), command.branchId()),
				checkedRegion(command.role(), command.regionId()));
		account.setEnabled(command.enabled());
		UserAccount saved = users.saveAndFlush(account);
		audit.record(currentUser.actorName(), disabling ? AuditAction.USER_DISABLED : AuditAction.USER_UPDATED,
				account.getUsername(), AuditDetail.changes(before, fields(saved)));
		if (disabling) {
			sessions.endSessionsOf(account.getUsername());
		}
		return summary(saved);
	}

	/**
	 * Sets a temporary password the user must replace at their next sign-in; ends the
	 * user's sessions (on other nodes at their next request) and lifts the account's
	 * sign-in waits.
	 */
	@HeadOffice
	public void resetPassword(long userId, String temporaryPassword) {
		UserAccount account = load(userId);
		PasswordPolicy.check(account.getUsername(), temporaryPassword, "password");
		account.setPasswordHash(passwordEncoder.encode(temporaryPassword), true, clock.instant());
		users.saveAndFlush(account);
		throttle.forgetAccount(account.getUsername());
		audit.record(currentUser.actorName(), AuditAction.PASSWORD_RESET, account.getUsername(), null);
		sessions.endSessionsOf(account.getUsername());
	}

	/**
	 * The signed-in user's new password. A wrong current password counts toward the
	 * account's sign-in throttle and is audited; while the throttle holds the account
	 * back, no current password is checked. The user's other sessions end; this one
	 * stays.
	 */
	@AnyStaff
	public void changeOwnPassword(String currentPassword, String newPassword) {
		UserAccount account = load(currentUser.require().id());
		String address = throttle.addressOfThisRequest();
		Optional<Instant> held = throttle.heldUntil(account.getUsername(), address);
		if (held.isPresent()) {
			throw BusinessException.forField("currentPassword", "security.password.throttled",
					new SignInThrottledException(held.get()).secondsLeft(clock.instant()));
		}
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throttle.wrongCurrentPassword(account.getUsername(), address);
			throw BusinessException.forField("currentPassword", "security.password.currentWrong");
		}
		PasswordPolicy.check(account.getUsername(), newPassword, "newPassword");
		if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			throw BusinessException.forField("newPassword", "security.password.sameAsOld");
		}
		account.setPasswordHash(passwordEncoder.encode(newPassword), false, clock.instant());
		users.saveAndFlush(account);
		throttle.succeeded(account.getUsername(), address);
		audit.record(account.getUsername(), AuditAction.PASSWORD_CHANGED, account.getUsername(), null);
		sessions.keepOnlyThisSession(account);
	}

	@AnyStaff
	public void changeOwnLocale(Locale locale) {
		UserAccount account = load(currentUser.require().id());
		account.setLocale(TranslationProvider.supported(locale).toLanguageTag());
	}

	private UserAccount load(long id) {
		return users.findById(id).orElseThrow(() -> new BusinessException("security.user.notFound"));
	}

	/**
	 * A branch role's branch, checked. Head office's account drops a branch it was given;
	 * a region admin's refuses one, as its scope is the region.
	 */
	private Long checkedBranch(StaffRole role, Long branchId) {
		if (!role.requiresBranch()) {
			if (branchId != null && role.requiresRegion()) {
				throw BusinessException.forField("branchId", "security.user.branch.notForRole");
			}
			return null;
		}
		if (branchId == null) {
			throw BusinessException.forField("branchId", "security.user.branch.required");
		}
		if (branches.findBranch(branchId).isEmpty()) {
			throw BusinessException.forField("branchId", "security.user.branch.unknown");
		}
		return branchId;
	}

	/** A region admin's region, checked; every other role has none. */
	private Long checkedRegion(StaffRole role, Long regionId) {
		if (!role.requiresRegion()) {
			if (regionId != null) {
				throw BusinessException.forField("regionId", "security.user.region.notForRole");
			}
			return null;
		}
		if (regionId == null) {
			throw BusinessException.forField("regionId", "security.user.region.required");
		}
		if (regions.findRegion(regionId).isEmpty()) {
			throw BusinessException.forField("regionId", "security.user.region.unknown");
		}
		return regionId;
	}

	/**
	 * A branch manager only ever sees their own branch, whatever the filter asked for.
	 */
	private UserFilter scope(UserFilter filter) {
		return currentUser.branchScope().map(own -> new UserFilter(filter.text(), filter.role(), own)).orElse(filter);
	}

	private static String likePattern(String text) {
		return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
	}

	private UserSummary summary(UserAccount u) {
		return new UserSummary(u.getId(), u.getLockVersion(), u.getUsername(), u.getDisplayName(), u.getRole(),
				u.getBranchId(), u.getRegionId(), u.isEnabled(), u.isMustChangePassword());
	}

}
