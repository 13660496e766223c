package com.hallflow.flowdesign.counter;

import com.hallflow.base.Money;
import com.hallflow.flowdesign.InputDefinition;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The counter's text fields that check what is typed as the server does: an amount, a
 * number kept in one form, and a text answer that takes no more than the server keeps.
 */
final class TypedFields {

	private TypedFields() {
	}

	/** A text answer: the browser takes at most {@link InputDefinition#TEXT_MOST}. */
	static TextField text(String label) {
		TextField text = new TextField(label);
		text.setMaxLength(InputDefinition.TEXT_MOST);
		return text;
	}

	/**
	 * An amount typed as text and read strictly, as the server reads it: full-width
	 * digits are fine, 1e9 or 1,000 are refused with a message rather than read as
	 * something else. The limit is shown under the field.
	 */
	static TextField money(String label, InputDefinition input) {
		TextField money = new TextField(label);
		money.setPrefixComponent(new Span("¥"));
		money.setHelperText(money.getTranslation(
				input.refundsAllowed() ? "flowdesign.screen.money.mostWithRefunds" : "flowdesign.screen.money.most",
				Money.format(input.mostAmount())));
		money.addValueChangeListener(e -> {
			if (e.getValue().isBlank()) {
				money.setInvalid(false);
				return;
			}
			Money.Parsed amount = Money.parse(e.getValue(), input.mostAmount(), input.refundsAllowed());
			money.setInvalid(!amount.ok());
			money.setErrorMessage(amount.ok() ? null : money.getTranslation(amount.problem()));
			if (amount.ok() && !amount.amount().toPlainString().equals(e.getValue())) {
				money.setValue(amount.amount().toPlainString());
			}
		});
		return money;
	}

	/**
	 * A number typed in any width or with spaces, shown as it is kept (the same rule as
	 * the server's), and refused next to the field when it cannot be right.
	 */
	static TextField normalising(TextField field, UnaryOperator<String> normalise, Function<String, String> problem) {
		field.addValueChangeListener(e -> {
			String typed = e.getValue();
			if (typed.isBlank()) {
				field.setInvalid(false);
				return;
			}
			String plain = normalise.apply(typed);
			String error = problem.apply(plain);
			field.setInvalid(error != null);
			field.setErrorMessage(error == null ? null : field.getTranslation(error));
			if (!plain.equals(typed)) {
				field.setValue(plain);
			}
		});
		return field;
	}

}
