package com.hallflow.flowexecution;

import com.hallflow.base.CustomerGrade;
import com.hallflow.base.Salutation;
import jakarta.validation.constraints.NotBlank;

/**
 * Starting to serve a customer: which flow, whether it is practice, and what the clerk
 * knows of the customer so far (all optional).
 *
 * @param customerName the customer's name (张伟), or how they are called (张先生): at most
 * {@link #NAME_MOST} characters, one clean line; stored encrypted, shown masked
 * @param customerMobile checked as a mainland mobile number when given; stored encrypted,
 * shown masked
 * @param customerGrade the name of a {@link CustomerGrade}, e.g. {@code GOLD}
 * @param customerSalutation the name of a {@link Salutation}, how the scripts address the
 * customer (张先生); when not given, the one the typed name carries (李女士)
 */
public record StartSessionCommand(@NotBlank String flowKey, boolean practice, String customerName,
		String customerMobile, String customerGrade, String customerSalutation) {

	/** A customer whose salutation the clerk did not choose. */
	public StartSessionCommand(String flowKey, boolean practice, String customerName, String customerMobile,
			String customerGrade) {
		this(flowKey, practice, customerName, customerMobile, customerGrade, null);
	}

	/** The most a customer's name holds: its column. */
	public static final int NAME_MOST = 50;

	public static StartSessionCommand of(String flowKey) {
		return new StartSessionCommand(flowKey, false, null, null, null);
	}
}
