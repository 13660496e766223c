package com.hallflow.flowexecution;

import com.hallflow.base.CustomerGrade;
import jakarta.validation.constraints.NotBlank;

/**
 * Starting to serve a customer: which flow, whether it is practice, and what the clerk
 * knows of the customer so far (all optional).
 *
 * @param customerName at most {@link #NAME_MOST} characters, one clean line
 * @param customerMobile checked as a mainland mobile number when given; stored encrypted,
 * shown masked
 * @param customerGrade the name of a {@link CustomerGrade}, e.g. {@code GOLD}
 */
public record StartSessionCommand(@NotBlank String flowKey, boolean practice, String customerName,
		String customerMobile, String customerGrade) {

	/** The most a customer's name holds: its column. */
	public static final int NAME_MOST = 50;

	public static StartSessionCommand of(String flowKey) {
		return new StartSessionCommand(flowKey, false, null, null, null);
	}
}
