package com.hallflow.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (first admin, demo data) through the same secured services as users
 * do, as the head-office "system" actor, then restores the previous context.
 */
public final class SystemAuthentication {

	public static final String SYSTEM = "system";

	private SystemAuthentication() {
	}

	public static <T> T callAsSystem(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.HQ_ADMIN))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Runs start-up work as this staff member, as if they had signed in (their role,
	 * their branch): the embedded demo's generated history is served by its clerks
	 * through the same services. In-process only; nothing reachable from outside calls
	 * it.
	 */
	public static <T> T callAs(UserSummary user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().roleName()))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void runAsSystem(Runnable work) {
		callAsSystem(() -> {
			work.run();
			return null;
		});
	}

}
