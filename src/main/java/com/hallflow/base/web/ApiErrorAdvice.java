package com.hallflow.base.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.base.DatabaseTrouble;
import com.hallflow.base.JsonErrors;
import com.hallflow.base.TranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refused or failed API call answers {@code {status, error, message}}: the message
 * key and its English text, never a library's words or a stack trace (docs/api.md).
 */
@RestControllerAdvice
class ApiErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

	private final TranslationProvider translations;

	ApiErrorAdvice(TranslationProvider translations) {
		this.translations = translations;
	}

	@ExceptionHandler(BusinessException.class)
	ResponseEntity<Object> refused(BusinessException e) {
		HttpStatus status = e instanceof ConcurrentEditException ? HttpStatus.CONFLICT
				: e.messageKey().endsWith(".notFound") ? HttpStatus.NOT_FOUND
						: e.messageKey().endsWith(".notYours") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
		return answer(status, HttpHeaders.EMPTY, e.messageKey(), e.arguments());
	}

	/** Two saves of the same record at the same moment: the later one is refused. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> savedMeanwhile() {
		return answer(HttpStatus.CONFLICT, HttpHeaders.EMPTY, "base.error.conflict");
	}

	/**
	 * Lost to a concurrent transaction (an InnoDB deadlock, a Galera certification
	 * conflict): rolled back whole, so the same request may simply be sent again.
	 */
	@ExceptionHandler(PessimisticLockingFailureException.class)
	ResponseEntity<Object> lostToAConcurrentChange() {
		return answer(HttpStatus.CONFLICT, HttpHeaders.EMPTY, "base.error.concurrent");
	}

	/** Left to the security chain, which answers 401 and 403 itself. */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(Exception e) throws Exception {
		throw e;
	}

	/**
	 * Spring MVC's own refusals (no such path, method, media type; a parameter or body
	 * that cannot be read) and anything unexpected. Outside the API they are left to
	 * Spring's defaults, as before.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> other(Exception e, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw e;
		}
		HttpStatusCode status = statusOf(e);
		HttpHeaders headers = e instanceof ErrorResponse response ? response.getHeaders() : HttpHeaders.EMPTY;
		if (status.value() == HttpStatus.NOT_ACCEPTABLE.value()) {
			// the caller accepts nothing an error could be written in
			return ResponseEntity.status(status).headers(headers).build();
		}
		if (DatabaseTrouble.isCause(e)) {
			// nobody's mistake and soon over: say so, and when to ask again
			log.warn("API request {} not served: the database is out of reach ({})", request.getRequestURI(),
					e.toString());
			HttpHeaders retry = new HttpHeaders();
			retry.set(HttpHeaders.RETRY_AFTER, "5");
			return answer(HttpStatus.SERVICE_UNAVAILABLE, retry, "base.error.unavailable");
		}
		if (status.is5xxServerError()) {
			String reference = UUID.randomUUID().toString().substring(0, 8);
			log.error("Unexpected error in the API, reference {}", reference, e);
			return answer(status, headers, "base.error.unexpected", reference);
		}
		if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
			return answer(status, headers, "base.api.notFound");
		}
		if (e instanceof HttpRequestMethodNotSupportedException refused) {
			return answer(status, headers, "base.api.methodNotAllowed", refused.getMethod(),
					String.join(", ", refused.getSupportedMethods()));
		}
		if (e instanceof HttpMediaTypeNotSupportedException refused) {
			return answer(status, headers, "base.api.unsupportedMediaType",
					refused.getSupportedMediaTypes()
						.stream()
						.map(MediaType::toString)
						.collect(Collectors.joining(", ")));
		}
		if (e instanceof MissingServletRequestParameterException missing) {
			return answer(status, headers, "base.api.parameterMissing", missing.getParameterName());
		}
		if (e instanceof TypeMismatchException mismatch) {
			return answer(status, headers, "base.api.parameterInvalid", mismatch.getPropertyName());
		}
		if (e instanceof HttpMessageNotReadableException unreadable && unreadable.getCause() == null) {
			return answer(status, headers, "base.api.bodyMissing");
		}
		if (e instanceof HttpMessageNotReadableException unreadable) {
			return answer(status, headers, "base.api.bodyUnreadable",
					unreadable.getCause() instanceof JsonProcessingException json ? JsonErrors.describe(json)
							: "the body could not be read");
		}
		return answer(status, headers, status.value() == HttpStatus.PRECONDITION_FAILED.value()
				? "base.api.preconditionFailed" : "base.api.badRequest");
	}

	private static HttpStatusCode statusOf(Exception e) {
		if (e instanceof ErrorResponse response) {
			return response.getStatusCode();
		}
		return e instanceof TypeMismatchException || e instanceof HttpMessageNotReadableException
				? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private ResponseEntity<Object> answer(HttpStatusCode status, HttpHeaders headers, String key, Object... arguments) {
		// the type is set, not negotiated: an error is JSON whatever the caller accepts
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ApiError(status.value(), key,
					translations.getTranslation(key, TranslationProvider.ENGLISH, arguments)));
	}

	record ApiError(int status, String error, String message) {
	}

}
