package com.hallflow.flowexecution;

import com.hallflow.base.CustomerGrade;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Starting to serve a customer: which flow, whether it is practice, and what the clerk
 * knows of the customer so far (all optional).
 *
 * @param customerMobile checked as a mainland mobile number when given; stored encrypted,
 * shown masked
 * @param customerGrade the name of a {@link CustomerGrade}, e.g. {@code GOLD}
 */
public record StartSessionCommand(@NotBlank String flowKey, boolean practice, @Size(max = 50) String customerName,
		String customerMobile, String customerGrade) {

	public static StartSessionCommand of(String flowKey) {
		return new StartSessionCommand(flowKey, false, null, null, null);
	}
}
