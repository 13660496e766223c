package com.hallflow.security.internal;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The API's access rule: signed in, and with a password of one's own. An account that
 * still has a temporary password (the first administrator from the environment, a new
 * account, one head office has reset) must choose its own in the application first, as
 * the UI makes it do; until then every API call is refused with
 * {@link PasswordNotChosen}, which the API answers as a 403 saying so.
 */
final class OwnPasswordChosen implements AuthorizationManager<RequestAuthorizationContext> {

	private final AuthenticatedAuthorizationManager<RequestAuthorizationContext> signedIn = AuthenticatedAuthorizationManager
		.authenticated();

	@Override
	public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext request) {
		AuthorizationDecision decision = signedIn.check(authentication, request);
		if (decision.isGranted() && authentication.get().getPrincipal() instanceof StaffUserDetails user
				&& user.mustChangePassword()) {
			return new PasswordNotChosen();
		}
		return decision;
	}

	/** Refused because the account's password is still temporary. */
	static final class PasswordNotChosen extends AuthorizationDecision {

		PasswordNotChosen() {
			super(false);
		}

	}

}
