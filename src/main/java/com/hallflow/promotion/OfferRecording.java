package com.hallflow.promotion;

import java.util.List;

/**
 * The answers given at one submitted step (by the signed-in clerk), with what the session
 * knows: whose branch, which flow step, the customer's grade, whether it is practice, how
 * many offers the step shows.
 */
public record OfferRecording(String sessionId, int sequence, long branchId, String flowKey, String stepKey,
		String grade, boolean practice, int limit, List<OfferAnswer> answers) {

	public OfferRecording {
		answers = List.copyOf(answers);
	}
}
