package com.hallflow.security.internal;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends the web sessions of a user on this node, e.g. when an administrator disables the
 * account or a password changes; other nodes end theirs at their next request
 * ({@link SignedInSessionCheck}).
 */
@Component
public class SessionTerminator {

	private final SessionRegistry registry;

	SessionTerminator(SessionRegistry registry) {
		this.registry = registry;
	}

	public int endSessionsOf(String username) {
		return endSessionsOf(username, null);
	}

	/**
	 * The user has just set a new password in this session: every other session of theirs
	 * ends, this one stays and now carries the new password's stamp, so that no node's
	 * check ends it.
	 */
	public int keepOnlyThisSession(UserAccount account) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		int ended = endSessionsOf(account.getUsername(), request == null ? null : request.getSessionId());
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication current = context.getAuthentication();
		if (current != null && current.getPrincipal() instanceof StaffUserDetails
				&& current.getName().equals(account.getUsername())) {
			UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken
				.authenticated(new StaffUserDetails(account), null, current.getAuthorities());
			renewed.setDetails(current.getDetails());
			context.setAuthentication(renewed);
		}
		return ended;
	}

	private int endSessionsOf(String username, String keptSessionId) {
		int ended = 0;
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof UserDetails details && details.getUsername().equals(username)) {
				List<SessionInformation> sessions = registry.getAllSessions(principal, false);
				for (SessionInformation session : sessions) {
					if (!session.getSessionId().equals(keptSessionId)) {
						session.expireNow();
						ended++;
					}
				}
			}
		}
		return ended;
	}

}
