package com.hallflow.security.internal;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Ends every web session of a user, e.g. when an administrator disables the account. */
@Component
public class SessionTerminator {

	private final SessionRegistry registry;

	SessionTerminator(SessionRegistry registry) {
		this.registry = registry;
	}

	public int endSessionsOf(String username) {
		int ended = 0;
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof UserDetails details && details.getUsername().equals(username)) {
				for (SessionInformation session : registry.getAllSessions(principal, false)) {
					session.expireNow();
					ended++;
				}
			}
		}
		return ended;
	}

}
