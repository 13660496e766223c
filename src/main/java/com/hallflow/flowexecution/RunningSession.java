package com.hallflow.flowexecution;

import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.StepDefinition;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * A session as the counter screen shows it: where the run stands and what the script may
 * say.
 *
 * @param id the public id named in the URL
 * @param clerkName the user name of the clerk who serves the session
 * @param clerkDisplayName that clerk's name as people read it
 * @param customerName the customer's name masked (张**)
 * @param customerFullName the name in full while the session runs, for the header of the
 * counter's screen (the clerk serves that person and checks the name); null once it has
 * ended
 * @param placeholders values for the current step's script: ID numbers masked, the
 * customer as addressed (张先生) or masked
 * @param path the steps already done on the current path, oldest first
 * @param stepNumber the current step's position in its flow, from 1
 * @param stepCount the number of steps of the flow the current step belongs to
 * @param currentFlowKey the key of the flow the current step belongs to (a called flow's
 * while it runs)
 * @param prefill what the current step's fields start with, by input key: the values
 * submitted there before going back, the customer's mobile number (in full, for the
 * clerk's screen only), and what the clerk had typed there before a reload or restart
 * @param ticked the checklist items of the current step the clerk had ticked before a
 * reload or restart
 */
public record RunningSession(String id, String flowKey, String flowName, int versionNumber, boolean practice,
		SessionStatus status, String outcome, long branchId, String clerkName, String clerkDisplayName,
		String customerName, String customerFullName, String customerGrade, String mobileMasked, Instant startedAt,
		Instant stepEnteredAt, Integer targetMinutes, int sequence, List<String> breadcrumb, StepDefinition currentStep,
		String currentFlowKey, boolean canGoBack, int stepNumber, int stepCount, List<PathStep> path,
		Map<String, String> placeholders, String receiptNo, Map<String, String> prefill, Set<Integer> ticked) {

	public RunningSession {
		ticked = Set.copyOf(ticked);
		breadcrumb = List.copyOf(breadcrumb);
		path = List.copyOf(path);
		placeholders = Map.copyOf(placeholders);
		prefill = Map.copyOf(prefill);
	}

	/** The session with what the clerk had entered on its current step put back. */
	public RunningSession withDraft(Map<String, String> values, Set<Integer> draftTicked) {
		Map<String, String> filled = new LinkedHashMap<>(prefill);
		filled.putAll(values);
		return new RunningSession(id, flowKey, flowName, versionNumber, practice, status, outcome, branchId, clerkName,
				clerkDisplayName, customerName, customerFullName, customerGrade, mobileMasked, startedAt, stepEnteredAt,
				targetMinutes, sequence, breadcrumb, currentStep, currentFlowKey, canGoBack, stepNumber, stepCount,
				path, placeholders, receiptNo, filled, draftTicked);
	}

	public boolean running() {
		return status == SessionStatus.IN_PROGRESS;
	}

	/**
	 * Whether Next on the current step ends the service, so the button can say so: the
	 * last step of the flow served (not of a called one) with no branches, or a step that
	 * always ends the run (telling the customer why).
	 */
	public boolean nextEnds() {
		if (currentStep == null) {
			return false;
		}
		Decision decision = currentStep.decision();
		boolean last = breadcrumb.size() <= 1 && stepNumber == stepCount
				&& (decision == null || decision.rules().isEmpty() && decision.otherwise() == null);
		return last || currentStep.alwaysEndsTheRun();
	}

	public Optional<StepDefinition> step() {
		return Optional.ofNullable(currentStep);
	}

	/**
	 * A step done on the way here, named by its flow and title, with what was entered (by
	 * label, masked).
	 */
	public record PathStep(String flowName, String stepTitle, Map<String, String> values) {
		public PathStep {
			values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		}
	}
}
