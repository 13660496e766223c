package com.hallflow.flowdesign.ui;

import com.hallflow.base.Money;
import com.hallflow.flowdesign.InputDefinition;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;

/**
 * What a money input takes, set by the designer: the most the clerk may enter (empty for
 * the default) and whether a negative amount (a refund) is allowed. A limit that cannot
 * be one is refused at the field and not applied.
 */
class MoneyLimits extends HorizontalLayout {

	final TextField most = new TextField();

	final Checkbox refunds = new Checkbox();

	private BigDecimal accepted;

	MoneyLimits(InputDefinition input) {
		accepted = input.maxAmount();
		most.setLabel(getTranslation("flowdesign.editor.input.maxAmount"));
		most.setPrefixComponent(new Span("¥"));
		most.setPlaceholder(Money.DEFAULT_MOST.toPlainString());
		most.setHelperText(getTranslation("flowdesign.editor.input.maxAmountHelp", Money.format(Money.DEFAULT_MOST)));
		most.setValue(accepted == null ? "" : accepted.toPlainString());
		most.setWidth("11rem");
		refunds.setLabel(getTranslation("flowdesign.editor.input.refunds"));
		refunds.setValue(input.refundsAllowed());
		setAlignItems(Alignment.BASELINE);
		setPadding(false);
		add(most, refunds);
	}

	void setIdPrefix(String prefix) {
		most.setId(prefix + "-max-amount");
		refunds.setId(prefix + "-refunds");
	}

	/** Runs {@code update} when either changes; an unusable limit is refused first. */
	void onChange(Runnable update) {
		most.addValueChangeListener(e -> {
			if (e.getValue().isBlank()) {
				most.setInvalid(false);
				accepted = null;
				update.run();
				return;
			}
			Money.Parsed limit = Money.parse(e.getValue(), Money.LIMIT, false);
			boolean usable = limit.ok() && limit.amount().signum() > 0;
			most.setInvalid(!usable);
			most.setErrorMessage(usable ? null
					: getTranslation("flowdesign.editor.input.maxAmountInvalid", Money.format(Money.LIMIT)));
			if (usable) {
				accepted = limit.amount();
				update.run();
			}
		});
		refunds.addValueChangeListener(e -> update.run());
	}

	/** The limit last accepted; null for the default. */
	BigDecimal most() {
		return accepted;
	}

	boolean refunds() {
		return refunds.getValue();
	}

}
