package com.hallflow.flowdesign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A typed value the clerk enters. Keys are unique in the whole flow: scripts refer to
 * them as {@code {input.<key>}} and decisions test them.
 *
 * @param options the choices of a {@link InputType#CHOICE} input
 * @param parties who signs a {@link InputType#SIGNATURE} input, e.g. 原机主 and 新机主
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "key", "label", "type", "required", "options", "parties" })
public record InputDefinition(String key, String label, InputType type, boolean required, List<String> options,
		List<String> parties) {

	/** What an input key may be; the JSON schema says the same. */
	public static final Pattern KEY_PATTERN = Pattern.compile("^[a-z][a-zA-Z0-9_]{0,63}$");

	public InputDefinition {
		options = options == null ? List.of() : List.copyOf(options);
		parties = parties == null ? List.of() : List.copyOf(parties);
	}

	public static InputDefinition of(String key, String label, InputType type, boolean required) {
		return new InputDefinition(key, label, type, required, List.of(), List.of());
	}
}
