package com.hallflow.security.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	StaffUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	/**
	 * Open to every caller: sign-in looks the account up before anyone is authenticated.
	 */
	@Override
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(StaffUserDetails::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
