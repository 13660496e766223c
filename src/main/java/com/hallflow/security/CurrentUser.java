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

	/** Matches no region: the region of a region admin who has none. */
	private static final long NO_REGION = -1L;

	private final UserAccountRepository users;

	private final BranchDirectory branches;

	private final RegionDirectory regions;

	CurrentUser(UserAccountRepository users, BranchDirectory branches, RegionDirectory regions) {
		this.users = users;
		this.branches = branches;
		this.regions = regions;
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
					u.getRegionId() == null ? null : regions.findRegion(u.getRegionId()).orElse(null),
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
			.map(role -> new AppUser(0, auth.getName(), auth.getName(), role, null, null, false, null));
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
		if (hasRole(auth, AppRoles.HQ_ADMIN)) {
			return Optional.empty();
		}
		return Optional.of(get().flatMap(AppUser::branchId).orElse(NO_BRANCH));
	}

	/**
	 * The region a region admin is bound to (a province or a city); empty for every other
	 * caller. A region admin without a region gets an id that matches none. Their branch
	 * scope ({@link #branchScope()}) matches no branch: services that serve region admins
	 * scope by this region instead.
	 */
	public Optional<Long> regionId() {
		if (!hasRole(SecurityContextHolder.getContext().getAuthentication(), AppRoles.REGION_ADMIN)) {
			return Optional.empty();
		}
		return Optional.of(get().flatMap(AppUser::regionId).orElse(NO_REGION));
	}

	/**
	 * Whether the region is the signed-in region admin's or one of its cities; false for
	 * every other caller.
	 */
	public boolean withinOwnRegion(long regionId) {
		return regionId().filter(own -> regions.within(regionId, own)).isPresent();
	}

	/**
	 * Whether the branch lies in the signed-in region admin's region; false for every
	 * other caller and for a branch that does not exist.
	 */
	public boolean branchWithinOwnRegion(long branchId) {
		Optional<Long> own = regionId();
		return own.isPresent()
				&& regions.regionOfBranch(branchId).filter(region -> regions.within(region, own.get())).isPresent();
	}

	private static boolean hasRole(Authentication auth, String role) {
		return auth != null && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
	}

}
