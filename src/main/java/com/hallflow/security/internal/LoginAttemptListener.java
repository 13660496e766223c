package com.hallflow.security.internal;

import com.hallflow.base.ClockConfiguration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditLog;
import com.hallflow.security.LockoutProperties;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing. A locked account is refused before its password is checked
 * and the login form shows the same generic message as for a wrong password, so a guesser
 * learns nothing; the lock itself is audited.
 */
@Component
class LoginAttemptListener {

	private static final Logger log = LoggerFactory.getLogger(LoginAttemptListener.class);

	private final UserAccountRepository users;

	private final LockoutProperties lockout;

	private final AuditLog audit;

	private final Clock clock;

	/** The day each user last signed in to the API on this node, audited. */
	private final Map<String, LocalDate> apiSignIns = new ConcurrentHashMap<>();

	LoginAttemptListener(UserAccountRepository users, LockoutProperties lockout, AuditLog audit, Clock clock) {
		this.users = users;
		this.lockout = lockout;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onBadPassword(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		Instant now = clock.instant();
		audit.record(truncated(username), AuditAction.LOGIN_FAILED, truncated(username), null);
		users.forgetExpiredLock(username, now);
		if (users.countFailure(username) == 0) {
			return;
		}
		Instant until = now.plus(lockout.duration());
		if (users.lockWhenTooManyFailures(username, lockout.maxFailures(), until) > 0) {
			log.warn("Account {} locked after {} failed logins until {}", username, lockout.maxFailures(), until);
			audit.record(username, AuditAction.ACCOUNT_LOCKED, username,
					AuditDetail.builder()
						.value(AuditField.FAILED_SIGN_INS, lockout.maxFailures())
						.value(AuditField.LOCKED_UNTIL, until)
						.json());
		}
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		users.forgetFailures(username);
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
