package com.hallflow.security.internal;

import com.hallflow.base.DatabaseTrouble;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its next request, on whichever node it lives, once its
 * account is disabled or gone or has a password set after the one the session signed in
 * with (changed by its user elsewhere, or reset by head office). The node where that
 * happened ends its own sessions at once ({@link SessionTerminator}); this check reaches
 * the others, through the database. The session is signed out and sent to the sign-in
 * page, as an expired one is.
 */
final class SignedInSessionCheck extends OncePerRequestFilter {

	private final UserAccountRepository users;

	private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

	SignedInSessionCheck(UserAccountRepository users) {
		this.users = users;
	}

	/**
	 * The application's static files (scripts, styles, images under {@code /VAADIN/})
	 * hold nothing of anyone's: a page load fetches dozens, and none needs the account
	 * read again.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = request.getSession(false) == null ? null
				: SecurityContextHolder.getContext().getAuthentication();
		if (signedIn != null && signedIn.getPrincipal() instanceof StaffUserDetails principal
				&& !stillValid(principal).orElse(true)) {
			signOut.logout(request, response, signedIn);
			response.sendRedirect(request.getContextPath() + "/login");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether the session may go on; empty while the database is out of reach (the
	 * request goes on to the application, which tells the user the service is
	 * unavailable).
	 */
	private Optional<Boolean> stillValid(StaffUserDetails principal) {
		Optional<UserAccount> account;
		try {
			account = users.findByUsername(principal.getUsername());
		}
		catch (DataAccessException | TransactionException e) {
			if (DatabaseTrouble.isCause(e)) {
				return Optional.empty();
			}
			throw e;
		}
		return Optional.of(account.isPresent() && account.get().isEnabled()
				&& Objects.equals(account.get().getPasswordChangedAt(), principal.passwordChangedAt()));
	}

}
