package com.hallflow.security.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer: a Content-Security-Policy with a fresh nonce per
 * request, {@code Referrer-Policy: same-origin} (addresses, which name sessions and
 * records, never leave for another site) and a {@code Permissions-Policy} that denies the
 * camera, the microphone and the location (the counter needs none of them). HSTS and the
 * other defaults come from Spring Security; HSTS only over HTTPS.
 *
 * <p>
 * Scripts run only from the application's own origin or, inline, with this request's
 * nonce: the page Vaadin serves gets the nonce on each of its script tags, so an injected
 * {@code <script>} never runs. Vaadin 24.9 needs two allowances, written down in
 * {@code docs/security.md}: {@code 'unsafe-eval'}, because its client engine turns the
 * JavaScript the server sends ({@code executeJs}, event data) into functions; and inline
 * styles, because its themes and components set {@code style} attributes and add style
 * elements at run time. Everything else is closed: no plugins, no foreign origins, no
 * framing by other sites, forms only to this origin.
 *
 * <p>
 * It runs before Spring Security's filters ({@code -100}), so refusals and redirects
 * carry the headers too.
 */
@Component
@Order(-200)
class SecurityHeaders extends OncePerRequestFilter implements VaadinServiceInitListener {

	static final String CSP = "Content-Security-Policy";

	static final String PERMISSIONS = "camera=(), microphone=(), geolocation=()";

	private static final String NONCE = SecurityHeaders.class.getName() + ".nonce";

	private final SecureRandom random = new SecureRandom();

	/** The policy for an answer whose inline scripts carry this nonce. */
	static String policy(String nonce) {
		return String.join("; ", "default-src 'self'", "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
				"style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
				"connect-src 'self'", "worker-src 'self'", "manifest-src 'self'", "object-src 'none'",
				"base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE, nonce);
		response.setHeader(CSP, policy(nonce));
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS);
		chain.doFilter(request, response);
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(page -> {
			VaadinRequest request = page.getVaadinRequest();
			if (request.getAttribute(NONCE) instanceof String nonce) {
				page.getDocument().getElementsByTag("script").attr("nonce", nonce);
			}
		});
	}

}
