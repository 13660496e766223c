package com.hallflow.flowdesign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.hallflow.base.Translatable;
import java.util.List;

/**
 * Where the flow goes after a step: the first rule whose condition holds wins, otherwise
 * {@code otherwise}. Without {@code otherwise} the flow goes on to the next step in
 * order.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "rules", "otherwise" })
public record Decision(List<Rule> rules, Target otherwise) {

	public Decision {
		rules = rules == null ? List.of() : List.copyOf(rules);
	}

	/** One branch of a decision. */
	@JsonPropertyOrder({ "when", "then" })
	public record Rule(Condition when, Target then) {
	}

	/** A test of one input's value; values are compared as text, numbers numerically. */
	@JsonPropertyOrder({ "input", "operator", "value" })
	public record Condition(String input, Operator operator, String value) {
	}

	public enum Operator implements Translatable {

		EQUALS, NOT_EQUALS, GREATER_THAN, LESS_THAN;

		@Override
		public String messageKey() {
			return "flowdesign.operator." + name();
		}

	}
}
