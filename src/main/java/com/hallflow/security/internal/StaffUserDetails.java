package com.hallflow.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session: only what authentication needs; equal by username.
 */
final class StaffUserDetails implements UserDetails {

	private final String username;

	private final String passwordHash;

	private final String roleName;

	private final boolean enabled;

	private final boolean locked;

	StaffUserDetails(UserAccount account, boolean locked) {
		this.username = account.getUsername();
		this.passwordHash = account.getPasswordHash();
		this.roleName = account.getRole().roleName();
		this.enabled = account.isEnabled();
		this.locked = locked;
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

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
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
