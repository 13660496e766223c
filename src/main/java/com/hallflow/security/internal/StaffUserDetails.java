package com.hallflow.security.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session: only what authentication needs; equal by username.
 * It remembers when the password it signed in with was set, so a session signed in before
 * a newer password ends ({@link SignedInSessionCheck}), and whether that password was
 * temporary (the API refuses such an account: {@link OwnPasswordChosen}).
 */
final class StaffUserDetails implements UserDetails {

	private final String username;

	private final String passwordHash;

	private final String roleName;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final Instant passwordChangedAt;

	StaffUserDetails(UserAccount account) {
		this.username = account.getUsername();
		this.passwordHash = account.getPasswordHash();
		this.roleName = account.getRole().roleName();
		this.enabled = account.isEnabled();
		this.mustChangePassword = account.isMustChangePassword();
		this.passwordChangedAt = account.getPasswordChangedAt();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + roleName));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	/** When the password this principal signed in with was set (null: at creation). */
	Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffUserDetails that && username.equals(that.username);
	}

	@Override
	public int hashCode() {
		return Objects.hash(username);
	}

	@Override
	public String toString() {
		return "StaffUserDetails[" + username + "]";
	}

}
