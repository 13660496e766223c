package com.hallflow.security.internal;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	StaffUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Open to every caller: sign-in looks the account up before anyone is authenticated.
	 */
	@Override
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(u -> new StaffUserDetails(u, u.isLockedAt(clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
