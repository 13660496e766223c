package com.hallflow.base.web;

import com.hallflow.base.BusinessException;
import com.hallflow.base.TranslationProvider;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused API call answers as JSON with the message key and its English text. */
@RestControllerAdvice
class ApiErrorAdvice {

	private final TranslationProvider translations;

	ApiErrorAdvice(TranslationProvider translations) {
		this.translations = translations;
	}

	@ExceptionHandler(BusinessException.class)
	ResponseEntity<Map<String, Object>> refused(BusinessException e) {
		HttpStatus status = e.messageKey().endsWith(".notFound") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status)
			.body(Map.of("status", status.value(), "error", e.messageKey(), "message",
					translations.getTranslation(e.messageKey(), TranslationProvider.ENGLISH, e.arguments())));
	}

}
