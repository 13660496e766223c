package com.hallflow.security.internal;

import com.hallflow.base.DatabaseTrouble;
import com.hallflow.base.TranslationProvider;
import com.hallflow.security.SignInThrottledException;
import com.hallflow.security.internal.OwnPasswordChosen.PasswordNotChosen;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * 401, 403 and 429 for the JSON API, as JSON; the body never says why a login failed. A
 * sign-in the throttle holds back is a 429 with {@code Retry-After}, the same for an
 * unknown name as for an account. Also the firewall's refusals (a {@code ;} or an encoded
 * {@code .} in the path…): 400 as JSON under {@code /api/}, the plain 400 elsewhere
 * (Spring Security uses this bean for every chain).
 */
@Component
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

	private final RequestRejectedHandler outsideTheApi = new HttpStatusRequestRejectedHandler();

	private final Clock clock;

	private final TranslationProvider translations;

	JsonSecurityErrors(Clock clock, TranslationProvider translations) {
		this.clock = clock;
		this.translations = translations;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (DatabaseTrouble.isCause(authException)) {
			// the password could not be checked at all: not the caller's mistake
			response.setHeader("Retry-After", "5");
			write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "base.error.unavailable",
					english("base.error.unavailable"));
			return;
		}
		if (authException instanceof SignInThrottledException throttled) {
			long seconds = throttled.secondsLeft(clock.instant());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			write(response, 429, "security.login.throttled", english("security.login.throttled", seconds));
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"HallFlow\", charset=\"UTF-8\"");
		write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Authentication required");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		if (accessDeniedException instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof PasswordNotChosen) {
			write(response, HttpServletResponse.SC_FORBIDDEN, "security.api.passwordNotChosen",
					english("security.api.passwordNotChosen"));
			return;
		}
		write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Not allowed for this account");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException requestRejectedException) throws IOException, ServletException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			write(response, HttpServletResponse.SC_BAD_REQUEST, "rejected", "This address is not allowed");
		}
		else {
			outsideTheApi.handle(request, response, requestRejectedException);
		}
	}

	/** A message of the bundles, in English as every API error is (docs/api.md). */
	private String english(String key, Object... arguments) {
		return translations.getTranslation(key, TranslationProvider.ENGLISH, arguments);
	}

	private static void write(HttpServletResponse response, int status, String error, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\""
					+ new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\"}");
	}

}
