package com.hallflow.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in form's post must carry the CSRF token of the visitor's own session, or a
 * foreign page could sign a clerk's browser in as the attacker (login CSRF). Vaadin's
 * security configuration exempts the sign-in path from Spring's CSRF check; the sign-in
 * form sends the token from the page's {@code _csrf} meta tags, so this filter checks it
 * there, with the repository and the masking Spring's own check uses.
 */
final class SignInCsrfCheck extends OncePerRequestFilter {

	private final RequestMatcher signIn;

	private final CsrfTokenRepository tokens;

	private final XorCsrfTokenRequestAttributeHandler masking = new XorCsrfTokenRequestAttributeHandler();

	SignInCsrfCheck(String path, CsrfTokenRepository tokens) {
		this.signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path);
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (signIn.matches(request)) {
			CsrfToken expected = tokens.loadToken(request);
			String sent = expected == null ? null : masking.resolveCsrfTokenValue(request, expected);
			if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
					expected.getToken().getBytes(StandardCharsets.UTF_8))) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
