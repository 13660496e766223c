package com.hallflow.flowexecution;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.promotion.OfferAnswer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Runs sessions through the service the way a clerk would: fills every input of the step
 * on screen with a plausible value (or the answer given for its key), ticks every
 * checklist item, lets every party sign on the pad, and presses Next.
 */
public final class Clerk {

	/** A valid resident ID (GB 11643 check character) and a valid mobile number. */
	public static final String ID_NUMBER = "11010519491231002X";

	public static final String MOBILE = "13812345678";

	/** The smallest valid PNG: one transparent pixel. */
	public static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

	private final ServiceSessionService sessions;

	private final Map<String, String> answers = new HashMap<>();

	private final List<String> visited = new ArrayList<>();

	private final Map<String, List<OfferAnswer>> offerAnswers = new HashMap<>();

	public Clerk(ServiceSessionService sessions) {
		this.sessions = sessions;
		answers.put("holderConfirmed", "true");
		answers.put("accepted", "true");
		answers.put("passwordOk", "true");
		answers.put("retained", "false");
		answers.put("conditionsMet", "true");
		answers.put("transferAllowed", "true");
		answers.put("suspended", "false");
		answers.put("inArrears", "false");
		answers.put("knowsPassword", "false");
	}

	/** Answers the input with this key so, wherever it is asked. */
	public Clerk answer(String key, String value) {
		answers.put(key, value);
		return this;
	}

	/** Gives these answers to the offers at the step with this key, wherever it comes. */
	public Clerk offers(String stepKey, OfferAnswer... given) {
		offerAnswers.put(stepKey, List.of(given));
		return this;
	}

	/** Every step shown, as "flow key/step key", in order. */
	public List<String> visited() {
		return visited;
	}

	/** Submits the current step filled in; fails the test if the service refuses. */
	public RunningSession next(RunningSession session) {
		StepDefinition step = session.currentStep();
		visited.add(session.breadcrumb().size() + ":" + step.key());
		SubmitResult result = sessions.submit(session.id(), fill(session));
		assertThat(result.errors()).as("errors at step " + step.key()).isEmpty();
		assertThat(result.movedElsewhere()).isFalse();
		return result.session();
	}

	/** Runs to the end and returns the ended session. */
	public RunningSession finish(RunningSession session) {
		RunningSession now = session;
		for (int guard = 0; now.running(); guard++) {
			assertThat(guard).as("the flow ends within 60 steps").isLessThan(60);
			now = next(now);
		}
		return now;
	}

	public StepSubmission fill(RunningSession session) {
		StepDefinition step = session.currentStep();
		Map<String, String> values = new LinkedHashMap<>();
		List<SignatureCapture> signatures = new ArrayList<>();
		for (InputDefinition input : step.inputs()) {
			switch (input.type()) {
				case SIGNATURE ->
					input.parties().forEach(p -> signatures.add(SignatureCapture.drawn(input.key(), p, PNG)));
				default -> values.put(input.key(), answers.getOrDefault(input.key(), valueFor(input)));
			}
		}
		Set<Integer> checked = new TreeSet<>();
		IntStream.range(0, step.checklist().size()).forEach(checked::add);
		return new StepSubmission(session.sequence(), values, checked, signatures,
				offerAnswers.getOrDefault(step.key(), List.of()));
	}

	private static String valueFor(InputDefinition input) {
		return switch (input.type()) {
			case MOBILE -> MOBILE;
			case RESIDENT_ID -> ID_NUMBER;
			case MONEY -> "50.00";
			case NUMBER -> "100";
			case YES_NO -> "true";
			case CHOICE -> input.options().get(0);
			case DATE -> LocalDate.of(2026, 11, 26).toString();
			case TEXT -> "测试";
			case SIGNATURE -> "";
		};
	}

}
