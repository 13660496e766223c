package com.hallflow.flowdesign;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.hallflow.base.Translatable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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

	/**
	 * Either a test of one input ({@code input}, {@code operator} and, unless the
	 * operator asks only whether the input was answered, {@code value}) or a group:
	 * {@code all} holds when every condition in it holds, {@code any} when at least one
	 * does.
	 *
	 * <p>
	 * {@code value} is typed as the input is: a {@link Boolean} for a yes/no input, a
	 * {@link BigDecimal} for a number or an amount, a {@link String} for the rest (a
	 * choice names one of its options, a date is written {@code 2026-12-01}). Documents
	 * of format 1 held every value as text; reading converts them (docs/flow-format.md).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "input", "operator", "value", "all", "any" })
	public record Condition(String input, Operator operator, Object value,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Condition> all,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Condition> any) {

		public Condition {
			all = all == null ? List.of() : List.copyOf(all);
			any = any == null ? List.of() : List.copyOf(any);
			if (value instanceof Number number && !(value instanceof BigDecimal)) {
				value = new BigDecimal(number.toString());
			}
			else if (value != null
					&& !(value instanceof BigDecimal || value instanceof Boolean || value instanceof String)) {
				throw new IllegalArgumentException("a condition's value is text, a number or yes/no, not " + value);
			}
		}

		/** A test of one input. */
		public static Condition of(String input, Operator operator, Object value) {
			return new Condition(input, operator, value, List.of(), List.of());
		}

		/** Holds when every one of {@code conditions} holds. */
		public static Condition allOf(List<Condition> conditions) {
			return new Condition(null, null, null, conditions, List.of());
		}

		/** Holds when at least one of {@code conditions} holds. */
		public static Condition anyOf(List<Condition> conditions) {
			return new Condition(null, null, null, List.of(), conditions);
		}

		/** Whether this combines other conditions rather than testing one input. */
		@JsonIgnore
		public boolean isGroup() {
			return !all.isEmpty() || !any.isEmpty();
		}

		/** The conditions of a group, or empty for a test of one input. */
		@JsonIgnore
		public List<Condition> members() {
			return all.isEmpty() ? any : all;
		}

		/** The value as the counter stores answers: {@code true}, {@code 100.5}, text. */
		@JsonIgnore
		public String valueText() {
			return value instanceof BigDecimal number ? number.toPlainString()
					: value == null ? null : value.toString();
		}

		/** The tests of single inputs in this condition, groups opened. */
		public List<Condition> leaves() {
			if (!isGroup()) {
				return List.of(this);
			}
			return members().stream().flatMap(c -> c.leaves().stream()).toList();
		}

	}

	/**
	 * How a condition compares. Which operators suit which input type is
	 * {@link #suitedTo(InputType)}; the counter compares numbers as numbers, dates as
	 * dates and everything else as text.
	 */
	public enum Operator implements Translatable {

		EQUALS, NOT_EQUALS, LESS_THAN, AT_MOST, GREATER_THAN, AT_LEAST, BEFORE, AFTER, CONTAINS, ANSWERED, NOT_ANSWERED;

		private static final Set<Operator> ANSWER = EnumSet.of(ANSWERED, NOT_ANSWERED);

		@Override
		public String messageKey() {
			return "flowdesign.operator." + name();
		}

		/** The short sign or word a diagram and a sentence use: =, ≠, ≤, 早于. */
		public String signKey() {
			return "flowdesign.operator.short." + name();
		}

		/** Whether a condition with this operator compares with a value. */
		public boolean needsValue() {
			return !ANSWER.contains(this);
		}

		/** The operators a designer may use on an input of this type, in menu order. */
		public static List<Operator> suitedTo(InputType type) {
			List<Operator> compare = switch (type == null ? InputType.TEXT : type) {
				case YES_NO, CHOICE -> List.of(EQUALS, NOT_EQUALS);
				case NUMBER, MONEY -> List.of(EQUALS, NOT_EQUALS, LESS_THAN, AT_MOST, GREATER_THAN, AT_LEAST);
				case DATE -> List.of(EQUALS, BEFORE, AFTER);
				case TEXT, MOBILE, RESIDENT_ID -> List.of(EQUALS, NOT_EQUALS, CONTAINS);
				case SIGNATURE -> List.of();
			};
			return Stream.concat(compare.stream(), ANSWER.stream()).toList();
		}

	}

}
