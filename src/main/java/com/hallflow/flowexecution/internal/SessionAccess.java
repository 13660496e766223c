package com.hallflow.flowexecution.internal;

import com.hallflow.base.BusinessException;
import com.hallflow.security.CurrentUser;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a session the caller may reach: their own, their branch's, or any for head
 * office.
 */
@Component
public class SessionAccess {

	private final ServiceSessionRepository sessions;

	private final CurrentUser currentUser;

	SessionAccess(ServiceSessionRepository sessions, CurrentUser currentUser) {
		this.sessions = sessions;
		this.currentUser = currentUser;
	}

	/**
	 * The session as stored now; "not found" for an unknown id and for one outside the
	 * caller's branch alike.
	 */
	public SessionSnapshot load(String id) {
		ServiceSessionEntity session = sessions.findByPublicId(id == null ? "" : id)
			.orElseThrow(() -> new BusinessException("flowexecution.session.notFound"));
		if (!callerName().equals(session.getClerkName())) {
			Optional<Long> scope = currentUser.branchScope();
			if (scope.isPresent() && scope.get() != session.getBranchId()) {
				throw new BusinessException("flowexecution.session.notFound");
			}
		}
		return SessionSnapshot.of(session);
	}

	/**
	 * Whether the caller is the clerk who serves this session (who alone may use this
	 * node's cached state).
	 */
	public boolean servedByCaller(SessionSnapshot session) {
		return callerName().equals(session.clerkName());
	}

	/**
	 * Refuses a move (a step, going back, abandoning) on a running session the caller
	 * does not serve: another clerk's session is only watched until the caller takes it
	 * over ({@code ServiceSessionService.takeOver}).
	 */
	public void requireServedByCaller(SessionSnapshot session) {
		if (session.running() && !servedByCaller(session)) {
			throw servedByOther(session.clerkDisplayName());
		}
	}

	/** Whether this user name is the caller's. */
	public boolean isCaller(String userName) {
		return callerName().equals(userName);
	}

	/** The refusal of a move on a session another clerk serves, naming that clerk. */
	public static BusinessException servedByOther(String clerkDisplayName) {
		return new BusinessException("flowexecution.session.servedByOther", clerkDisplayName);
	}

	private static String callerName() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
