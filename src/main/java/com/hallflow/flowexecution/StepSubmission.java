package com.hallflow.flowexecution;

import com.hallflow.promotion.OfferAnswer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the clerk sends for the step numbered {@code sequence}: values by input key,
 * ticked checklist indexes, the signatures captured on this step and the customer's
 * answer to each offer the step's promotion slot showed.
 */
public record StepSubmission(int sequence, Map<String, String> values, Set<Integer> checked,
		List<SignatureCapture> signatures, List<OfferAnswer> offers) {

	public StepSubmission {
		values = Map.copyOf(values);
		checked = Set.copyOf(checked);
		signatures = List.copyOf(signatures);
		offers = offers == null ? List.of() : List.copyOf(offers);
	}

	public StepSubmission(int sequence, Map<String, String> values, Set<Integer> checked,
			List<SignatureCapture> signatures) {
		this(sequence, values, checked, signatures, List.of());
	}

	public static StepSubmission of(int sequence, Map<String, String> values, Integer... checked) {
		return new StepSubmission(sequence, values, Set.of(checked), List.of());
	}
}
