package com.hallflow.security;

import com.hallflow.base.DatabaseTrouble;
import com.hallflow.security.internal.UserAccountRepository;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user, read fresh from the database so that a changed branch or role
 * applies at once. Works in views, services and the JSON API alike.
 */
@Component
public class CurrentUser {

	/** Matches no branch: the scope of a caller who has none. */
	private static final long NO_BRANCH = -1L;

	private final UserAccountRepository users;

	private final BranchDirectory branches;

	CurrentUser(UserAccountRepository users, BranchDirectory branches) {
		this.users = users;
		this.branches = branches;
	}

	@Transactional(readOnly = true)
	public Optional<AppUser> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
				|| SystemAuthentication.SYSTEM.equals(auth.getName())) {
			return Optional.empty();
		}
		return users.findByUsername(auth.getName())
			.map(u -> new AppUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(),
					u.getBranchId() == null ? null : branches.findBranch(u.getBranchId()).orElse(null),
					u.isMustChangePassword(), u.getLocale() == null ? null : Locale.forLanguageTag(u.getLocale())));
	}

	/**
	 * The signed-in user, or, while the database is out of reach, what the sign-in itself
	 * tells: the name and the role, no display name, branch or language. For the frame of
	 * a page and the UI's start, which must stand even then (the page says the service is
	 * unavailable); any other failure is thrown.
	 */
	public Optional<AppUser> getEvenWithoutTheDatabase() {
		try {
			return get();
		}
		catch (RuntimeException e) {
			if (DatabaseTrouble.isCause(e)) {
				return asSignedIn();
			}
			throw e;
		}
	}

	private static Optional<AppUser> asSignedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Arrays.stream(StaffRole.values())
			.filter(role -> auth.getAuthorities()
				.stream()
				.anyMatch(a -> ("ROLE_" + role.roleName()).equals(a.getAuthority())))
			.findFirst()
			.map(role -> new AppUser(0, auth.getName(), auth.getName(), role, null, false, null));
	}

	/**
	 * The signed-in user; callers are behind a security check, so absence is a
	 * programming error.
	 */
	public AppUser require() {
		return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
	}

	/**
	 * Who to name in the audit log: the signed-in user, else the system actor of start-up
	 * work.
	 */
	public String actorName() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth instanceof AnonymousAuthenticationToken ? SystemAuthentication.SYSTEM
				: auth.getName();
	}

	/**
	 * The branch the caller is limited to, or empty when they may see every branch (head
	 * office, or start-up work running as the system). A branch user without a branch
	 * sees nothing.
	 */
	public Optional<Long> branchScope() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean headOffice = auth != null
				&& auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + AppRoles.HQ_ADMIN).equals(a.getAuthority()));
		if (headOffice) {
			return Optional.empty();
		}
		return Optional.of(get().flatMap(AppUser::branchId).orElse(NO_BRANCH));
	}

}
