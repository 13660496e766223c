package com.hallflow.security.internal;

import com.hallflow.base.ClockConfiguration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds the sign-in throttle (decision 0023) and the audit log from the authentication
 * events of the form and the API alike: every wrong password is counted and audited,
 * every right one lets its throttle start afresh. Attempts the throttle refuses never
 * reach the password check and publish no event, so waiting out a wait is all it takes.
 */
@Component
class LoginAttemptListener {

	private final SignInThrottle throttle;

	private final AuditLog audit;

	private final Clock clock;

	/** The day each user last signed in to the API on this node, audited. */
	private final Map<String, LocalDate> apiSignIns = new ConcurrentHashMap<>();

	LoginAttemptListener(SignInThrottle throttle, AuditLog audit, Clock clock) {
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onBadPassword(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		audit.record(truncated(username), AuditAction.LOGIN_FAILED, truncated(username), null);
		throttle.failed(username, SourceAddress.of(event.getAuthentication()));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		throttle.succeeded(username, SourceAddress.of(event.getAuthentication()));
		// a sign-in at the form is always audited; the API signs in on every request
		// (HTTP Basic), so only its first success per user and day is, on this node
		if (!calledTheApi() || firstApiSignInToday(username)) {
			audit.record(truncated(username), AuditAction.LOGIN_SUCCEEDED, truncated(username), null);
		}
	}

	private static boolean calledTheApi() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest()
					.getRequestURI()
					.startsWith(attributes.getRequest().getContextPath() + "/api/");
	}

	private boolean firstApiSignInToday(String username) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		return !today.equals(apiSignIns.put(username, today));
	}

	/**
	 * What someone typed as a user name fits the log's column (an attacker's input is
	 * logged, not trusted).
	 */
	private static String truncated(String username) {
		return username == null ? "" : username.length() > 64 ? username.substring(0, 64) : username;
	}

}
