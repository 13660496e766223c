package com.hallflow.flowdesign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.hallflow.base.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A typed value the clerk enters. Keys are unique in the whole flow: scripts refer to
 * them as {@code {input.<key>}} and decisions test them.
 *
 * @param options the choices of a {@link InputType#CHOICE} input
 * @param parties who signs a {@link InputType#SIGNATURE} input, e.g. 原机主 and 新机主
 * @param maxAmount the most a {@link InputType#MONEY} input takes; null means
 * {@link Money#DEFAULT_MOST}
 * @param refunds whether a {@link InputType#MONEY} input takes a negative amount (a
 * refund); null means no
 * @param context the customer field this input is bound to: it starts filled with the
 * field's value and a submitted value corrects the field; null when unbound
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "key", "label", "type", "required", "options", "parties", "maxAmount", "refunds", "context" })
public record InputDefinition(String key, String label, InputType type, boolean required, List<String> options,
		List<String> parties, BigDecimal maxAmount, Boolean refunds, CustomerField context) {

	/** What an input key may be; the JSON schema says the same. */
	public static final Pattern KEY_PATTERN = Pattern.compile("^[a-z][a-zA-Z0-9_]{0,63}$");

	/**
	 * The most a {@link InputType#TEXT} answer holds at the counter: one line, so eight
	 * long answers fit a step's record.
	 */
	public static final int TEXT_MOST = 500;

	public InputDefinition {
		options = options == null ? List.of() : List.copyOf(options);
		parties = parties == null ? List.of() : List.copyOf(parties);
		refunds = Boolean.TRUE.equals(refunds) ? Boolean.TRUE : null;
	}

	public InputDefinition(String key, String label, InputType type, boolean required, List<String> options,
			List<String> parties) {
		this(key, label, type, required, options, parties, null, null, null);
	}

	/** The most this money input takes. */
	public BigDecimal mostAmount() {
		return maxAmount == null ? Money.DEFAULT_MOST : maxAmount;
	}

	/** Whether this money input takes a negative amount. */
	public boolean refundsAllowed() {
		return Boolean.TRUE.equals(refunds);
	}

	public InputDefinition withMoneyLimits(BigDecimal newMaxAmount, boolean newRefunds) {
		return new InputDefinition(key, label, type, required, options, parties, newMaxAmount, newRefunds, context);
	}

	public InputDefinition boundTo(CustomerField field) {
		return new InputDefinition(key, label, type, required, options, parties, maxAmount, refunds, field);
	}

	public static InputDefinition of(String key, String label, InputType type, boolean required) {
		return new InputDefinition(key, label, type, required, List.of(), List.of());
	}
}
