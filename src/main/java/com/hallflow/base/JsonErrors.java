package com.hallflow.base;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why a JSON text could not be read, in plain English for the caller who sent it: never
 * the parser's class, feature or limit names (ASVS 7.4.1), never the text itself.
 */
public final class JsonErrors {

	/** Jackson's note of where an unclosed object or array began. */
	private static final Pattern SOURCE_NOTE = Pattern
		.compile("\\s*\\((?:start marker at|for \\w+ starting at) \\[Source:[^\\]]*\\]\\)");

	private JsonErrors() {
	}

	public static String describe(JsonProcessingException e) {
		if (e instanceof StreamConstraintsException) {
			return String.valueOf(e.getOriginalMessage()).contains("nesting depth")
					? "the document is nested too deeply" : "a value in the document is too long";
		}
		if (e instanceof JsonEOFException) {
			return "the document ends too early";
		}
		if (e instanceof UnrecognizedPropertyException unknown) {
			return "“" + unknown.getPropertyName() + "” is not a known field";
		}
		if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return "“" + path(mapping) + "” does not have the expected form";
		}
		if (e instanceof JsonMappingException) {
			// FAIL_ON_TRAILING_TOKENS says so only in words that name the feature
			return String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")
					? "there is more content after the document" : "the document does not have the expected form";
		}
		if (e instanceof JsonParseException) {
			String message = SOURCE_NOTE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
			if (!message.contains("[Source") && !message.contains("`")) {
				return message;
			}
		}
		return "the document is not well-formed JSON";
	}

	private static String path(JsonMappingException e) {
		return e.getPath()
			.stream()
			.map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
	}

}
