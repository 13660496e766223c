package com.hallflow.flowexecution.ui;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.CustomerGrade;
import com.hallflow.flowdesign.Placeholders;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.Offer;
import com.hallflow.promotion.OfferService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the step on the counter's screen is filled in with: the script's placeholders and
 * the offers.
 */
final class RunScript {

	private RunScript() {
	}

	/**
	 * The session's placeholders with the grade in words, the branch, today and the
	 * clerk: the one who serves the customer, whoever looks at the screen.
	 */
	static Map<String, String> placeholders(RunningSession now, BranchSummary branch, Instant at,
			UnaryOperator<String> translate) {
		Placeholders.Values values = Placeholders.values().all(now.placeholders());
		if (now.customerGrade() != null) {
			values.customerGrade(translate.apply(CustomerGrade.valueOf(now.customerGrade()).messageKey()));
		}
		if (branch != null) {
			values.branch(branch.name(), branch.address());
		}
		return values.staff(now.clerkDisplayName())
			.today(LocalDate.ofInstant(at, ClockConfiguration.BUSINESS_ZONE))
			.build();
	}

	/**
	 * The offers in effect at this step for this branch and customer, or null when the
	 * step has none.
	 */
	static OfferPanel offerPanel(OfferService offers, BranchSummary branch, RunningSession now,
			Map<String, String> placeholders) {
		StepDefinition step = now.currentStep();
		if (!step.promotionSlot() || branch == null) {
			return null;
		}
		List<Offer> effective = offers.offers(branch, now.currentFlowKey(), step.key(), now.customerGrade(),
				step.offerLimit());
		return effective.isEmpty() ? null : new OfferPanel(effective, placeholders);
	}

}
