package com.hallflow.flowdesign;

import com.hallflow.base.Translatable;
import java.time.LocalDate;

/**
 * When what a flow does takes effect, printed on its receipt: a plan change from the 1st
 * of next month, as its script tells the customer.
 */
public enum TakesEffect implements Translatable {

	IMMEDIATELY, NEXT_DAY, NEXT_MONTH;

	/** The day it takes effect for a service done on {@code day}. */
	public LocalDate from(LocalDate day) {
		return switch (this) {
			case IMMEDIATELY -> day;
			case NEXT_DAY -> day.plusDays(1);
			case NEXT_MONTH -> day.withDayOfMonth(1).plusMonths(1);
		};
	}

	@Override
	public String messageKey() {
		return "flowdesign.takesEffect." + name();
	}

}
