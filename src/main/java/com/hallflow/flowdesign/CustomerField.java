package com.hallflow.flowdesign;

import com.hallflow.base.CustomerGrade;
import com.hallflow.base.Translatable;
import java.util.List;
import java.util.Optional;

/**
 * A fact about the customer that a session carries from step to step and into the flows
 * it calls: what the start dialog captured, corrected by any later input bound to it. An
 * input bound to a field starts filled with the field's value, so nothing is typed twice.
 */
public enum CustomerField implements Translatable {

	MOBILE(InputType.MOBILE), NAME(InputType.TEXT), GRADE(InputType.CHOICE), ID_NUMBER(InputType.RESIDENT_ID);

	private final InputType type;

	CustomerField(InputType type) {
		this.type = type;
	}

	/** The one input type that can be bound to this field. */
	public InputType type() {
		return type;
	}

	@Override
	public String messageKey() {
		return "flowdesign.customerField." + name();
	}

	/**
	 * Whether {@code input} can hold this field: the right type, and for the grade one
	 * option per {@link CustomerGrade}, lowest first, so the n-th option is the n-th
	 * grade.
	 */
	public boolean fits(InputDefinition input) {
		return input.type() == type && (this != GRADE || input.options().size() == CustomerGrade.values().length);
	}

	/** The field's value as the bound input shows it (a grade becomes its option). */
	public Optional<String> asInput(InputDefinition input, String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		if (this != GRADE) {
			return Optional.of(value);
		}
		List<String> options = input.options();
		return CustomerGrade.byName(value).filter(g -> g.ordinal() < options.size()).map(g -> options.get(g.ordinal()));
	}

	/**
	 * What a submitted value of the bound input makes the field (an option becomes its
	 * grade).
	 */
	public Optional<String> fromInput(InputDefinition input, String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		if (this != GRADE) {
			return Optional.of(value.trim());
		}
		int index = input.options().indexOf(value.trim());
		CustomerGrade[] grades = CustomerGrade.values();
		return index >= 0 && index < grades.length ? Optional.of(grades[index].name()) : Optional.empty();
	}

}
