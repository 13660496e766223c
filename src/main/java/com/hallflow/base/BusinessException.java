package com.hallflow.base;

import java.util.Arrays;
import java.util.Optional;

/**
 * A refusal the user can act on. Carries a translation key (never a user-facing sentence)
 * and, when the refusal concerns one input, the name of that field so the form can show
 * it there.
 */
public class BusinessException extends RuntimeException {

	private final String messageKey;

	private final String field;

	private final transient Object[] arguments;

	public BusinessException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	private BusinessException(String field, String messageKey, Object... arguments) {
		super(messageKey + (field == null ? "" : " [" + field + "]"));
		this.messageKey = messageKey;
		this.field = field;
		this.arguments = arguments.clone();
	}

	/** A refusal about the value of one field, e.g. a duplicate code. */
	public static BusinessException forField(String field, String messageKey, Object... arguments) {
		return new BusinessException(field, messageKey, arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Optional<String> field() {
		return Optional.ofNullable(field);
	}

	public Object[] arguments() {
		return Arrays.copyOf(arguments, arguments.length);
	}

}
