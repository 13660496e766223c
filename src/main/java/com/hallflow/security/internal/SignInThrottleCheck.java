package com.hallflow.security.internal;

import com.hallflow.security.SignInThrottledException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.TransactionException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The first step of every sign-in, at the form and on the API: an attempt the throttle
 * holds back is refused here, before any password is checked; any other goes on to the
 * password check.
 */
final class SignInThrottleCheck implements AuthenticationProvider {

	private final SignInThrottle throttle;

	SignInThrottleCheck(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		Optional<Instant> heldUntil;
		try {
			heldUntil = throttle.heldUntil(attempt.getName(), SourceAddress.of(attempt));
		}
		catch (DataAccessException | TransactionException e) {
			// the database is out of reach, as the password check reports it: not a
			// failure
			throw new InternalAuthenticationServiceException("The sign-in throttle could not be read", e);
		}
		heldUntil.ifPresent(until -> {
			throw new SignInThrottledException(until);
		});
		return null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
