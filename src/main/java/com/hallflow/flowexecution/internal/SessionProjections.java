package com.hallflow.flowexecution.internal;

import java.util.function.UnaryOperator;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.flowdesign.CustomerField;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.Placeholders;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.TakesEffect;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.SessionRecord;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.flowexecution.SessionSummary;
import com.hallflow.flowexecution.engine.Frame;
import com.hallflow.flowexecution.engine.HistoryEntry;
import com.hallflow.flowexecution.engine.InputRules;
import com.hallflow.flowexecution.engine.RunState;
import com.hallflow.promotion.OfferService;
import com.hallflow.promotion.RecordedOffer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * What the screens show of a session, built from its row and run state: the counter's
 * step ({@link RunningSession}), the record and receipt ({@link SessionRecord}), list
 * rows.
 */
@Component
public class SessionProjections {

	private final PersonalValues personal;

	private final StepSignatureRepository signatures;

	private final OfferService offers;

	SessionProjections(PersonalValues personal, StepSignatureRepository signatures, OfferService offers) {
		this.personal = personal;
		this.signatures = signatures;
		this.offers = offers;
	}

	/** The session as the counter screen shows it. */
	public static RunningSession running(SessionSnapshot session, RunState state, UnaryOperator<String> open) {
		Optional<Frame> frame = state.current();
		boolean running = session.running() && !state.ended();
		boolean canGoBack = running && state.previous() != null
				&& !state.currentStep().map(StepDefinition::noBack).orElse(false)
				&& !state.previous().currentStep().map(StepDefinition::noBack).orElse(true);
		Map<Integer, Map<String, String>> entered = new HashMap<>();
		state.history()
			.stream()
			.filter(h -> h.kind() == HistoryEntry.Kind.SUBMITTED)
			.forEach(h -> entered.put(h.sequence(), h.values()));
		List<RunningSession.PathStep> path = new ArrayList<>();
		for (RunState s = state.previous(); s != null; s = s.previous()) {
			Map<String, String> answers = entered.getOrDefault(s.sequence(), Map.of());
			s.current()
				.ifPresent(f -> path.add(0, new RunningSession.PathStep(f.flow().name(), f.step().title(),
						labelled(f.step(), answers, true))));
		}
		// the script is read aloud to the customer whose number the clerk entered in this
		// session: on the counter's own screen a mobile number is said in full, never as
		// 138****5678; ID numbers stay masked, and records and receipts mask both. The
		// customer is addressed as 张先生 (masked, 张**, when the salutation is not known):
		// others in the hall hear the script; the clerk reads the full name in the header
		String mobile = running && session.mobileSealed() != null ? open.apply(session.mobileSealed()) : null;
		Placeholders.Values values = Placeholders.values()
			.customer(session.customerName().addressed(open), mobile != null ? mobile : session.mobileMasked(),
					session.customerGrade());
		frame.ifPresent(f -> f.values().forEach((key, value) -> {
			InputDefinition input = input(f.flow(), key);
			boolean mobileInput = input != null && input.type() == InputType.MOBILE;
			values.input(key, running && mobileInput ? value : PersonalValues.mask(input, value));
		}));
		Map<String, String> placeholders = values.build();
		return new RunningSession(session.publicId(), session.flowKey(), session.flowName(),
				session.flowVersionNumber(), session.practice(), status(session), session.outcome(), session.branchId(),
				session.clerkName(), session.clerkDisplayName(), session.customerName().masked(),
				running ? session.customerName().full(open) : null, session.customerGrade(), session.mobileMasked(),
				session.startedAt(), session.stepEnteredAt(),
				state.stack().isEmpty() ? null : state.stack().get(0).flow().targetMinutes(), session.sequence(),
				state.breadcrumb(), running ? frame.map(Frame::step).orElse(null) : null,
				running ? frame.map(f -> f.flow().key()).orElse(null) : null, canGoBack,
				frame.map(f -> shownNumber(f, state)).orElse(0), frame.map(f -> shownCount(f, state)).orElse(0), path,
				placeholders, session.receiptNo(), running ? prefill(session, state, open) : Map.of(), Set.of());
	}

	/**
	 * The number of the frame's step among the steps the clerk sees: a called flow's
	 * courtesy steps are passed over, so they are not counted.
	 */
	private static int shownNumber(Frame frame, RunState state) {
		if (state.stack().size() == 1) {
			return frame.stepIndex() + 1;
		}
		return (int) frame.flow()
			.steps()
			.subList(0, frame.stepIndex() + 1)
			.stream()
			.filter(s -> !s.standaloneOnly())
			.count();
	}

	private static int shownCount(Frame frame, RunState state) {
		if (state.stack().size() == 1) {
			return frame.flow().steps().size();
		}
		return (int) frame.flow().steps().stream().filter(s -> !s.standaloneOnly()).count();
	}

	/**
	 * What the current step's fields start with, so nothing is typed twice: after going
	 * back, what was submitted at this step before; an input bound to a customer detail,
	 * the latest value of that detail in this session: from an earlier bound input (also
	 * in a calling or called flow), else from the start dialog.
	 */
	static Map<String, String> prefill(SessionSnapshot session, RunState state, UnaryOperator<String> open) {
		Optional<Frame> frame = state.current();
		if (frame.isEmpty()) {
			return Map.of();
		}
		StepDefinition step = frame.get().step();
		String flowKey = frame.get().flow().key();
		List<HistoryEntry> history = state.history();
		Map<String, String> prefill = new LinkedHashMap<>();
		boolean wentBack = !history.isEmpty() && history.get(history.size() - 1).kind() == HistoryEntry.Kind.WENT_BACK;
		if (wentBack) {
			for (int i = history.size() - 1; i >= 0; i--) {
				HistoryEntry h = history.get(i);
				if (h.kind() == HistoryEntry.Kind.SUBMITTED && flowKey.equals(h.flowKey())
						&& step.key().equals(h.stepKey())) {
					step.inputs()
						.stream()
						.filter(in -> in.type() != InputType.SIGNATURE && h.values().get(in.key()) != null)
						.forEach(in -> prefill.put(in.key(), h.values().get(in.key())));
					break;
				}
			}
		}
		for (InputDefinition input : step.inputs()) {
			CustomerField field = input.context();
			if (field != null && field.fits(input) && !prefill.containsKey(input.key())) {
				field.asInput(input, known(session, state, field, open)).ifPresent(v -> prefill.put(input.key(), v));
			}
		}
		return prefill;
	}

	/**
	 * The session's latest value of a customer detail: from the last bound input the run
	 * passed, else from the start dialog; null when neither gave one.
	 */
	public static String known(SessionSnapshot session, RunState state, CustomerField field,
			UnaryOperator<String> open) {
		String captured = state.context().get(field);
		if (captured != null) {
			return captured;
		}
		return switch (field) {
			case MOBILE -> session.mobileSealed() == null ? null : open.apply(session.mobileSealed());
			case NAME -> session.customerName().full(open);
			case GRADE -> session.customerGrade();
			case ID_NUMBER -> null;
		};
	}

	/** The session in full, for the record detail and the receipt. */
	public SessionRecord record(SessionSnapshot session, SessionReplay.Replay replay) {
		Set<Integer> onPath = new TreeSet<>();
		List<SessionRecord.DoneStep> done = new ArrayList<>();
		List<SessionRecord.Amount> amounts = new ArrayList<>();
		Map<Integer, StepRecordEntity> bySequence = new HashMap<>();
		replay.steps().forEach(r -> bySequence.put(r.getSequence(), r));
		for (RunState s = replay.state().previous(); s != null; s = s.previous()) {
			Optional<Frame> frame = s.current();
			StepRecordEntity answered = bySequence.get(s.sequence());
			if (frame.isEmpty() || answered == null) {
				continue;
			}
			onPath.add(s.sequence());
			Map<String, String> shown = personal.shownOf(answered.getShownValues());
			StepDefinition step = frame.get().step();
			List<SessionRecord.Amount> stepAmounts = step.inputs()
				.stream()
				.filter(i -> i.type() == InputType.MONEY && shown.get(i.key()) != null)
				.map(i -> new SessionRecord.Amount(i.label(), new BigDecimal(shown.get(i.key()))))
				.toList();
			amounts.addAll(0, stepAmounts);
			boolean endedHere = done.isEmpty() && replay.state().ended()
					&& replay.state().outcome() != Target.Outcome.COMPLETED && step.script() != null
					&& !step.script().isBlank();
			String explanation = endedHere ? Placeholders.fill(step.script(),
					Placeholders.values()
						.customer(session.customerName().addressed(personal::open), session.mobileMasked(), null)
						.all(inputsOf(frame.get(), shown))
						.build(),
					"—") : null;
			done.add(0,
					new SessionRecord.DoneStep(frame.get().flow().name(), step.title(), labelled(step, shown, false),
							explanation, s.stack().size() > 1, step.standaloneOnly(), business(step, shown)));
		}
		List<RecordedOffer> answered = offers.recorded(session.publicId())
			.stream()
			.filter(o -> onPath.contains(o.stepSequence()))
			.toList();
		TakesEffect takesEffect = Optional.ofNullable(replay.flows().get(session.flowKey()))
			.map(FlowDocument::takesEffect)
			.orElse(null);
		LocalDate effective = takesEffect == null || session.endedAt() == null
				|| replay.state().outcome() != Target.Outcome.COMPLETED ? null
						: takesEffect.from(LocalDate.ofInstant(session.endedAt(), ClockConfiguration.BUSINESS_ZONE));
		return new SessionRecord(summary(session), session.flowVersionNumber(), session.customerGrade(),
				session.abandonReason(), timeline(session, replay.steps(), replay.flows(), onPath),
				signed(session, replay.steps(), onPath), done, amounts, answered, true, effective);
	}

	/**
	 * The inputs of the frame as placeholders ({@code input.<key>}), personal data
	 * masked.
	 */
	private static Map<String, String> inputsOf(Frame frame, Map<String, String> shown) {
		Map<String, String> inputs = new HashMap<>();
		frame.values()
			.forEach((key, value) -> inputs.put(Placeholders.INPUT_PREFIX + key,
					PersonalValues.mask(input(frame.flow(), key), value)));
		shown.forEach((key, value) -> inputs.put(Placeholders.INPUT_PREFIX + key, value));
		return inputs;
	}

	/**
	 * What is kept of a session whose steps no longer replay: its row and every stored
	 * step as recorded, without the final path, its amounts or its offers.
	 */
	public SessionRecord unreplayed(SessionSnapshot session, List<StepRecordEntity> steps,
			Map<String, FlowDocument> flows) {
		return new SessionRecord(summary(session), session.flowVersionNumber(), session.customerGrade(),
				session.abandonReason(), timeline(session, steps, flows, null), signed(session, steps, null), List.of(),
				List.of(), List.of(), false, null);
	}

	/**
	 * Every stored step; those not on the final path marked undone, unless the path is
	 * not known ({@code onPath} null).
	 */
	private List<SessionRecord.TimelineEntry> timeline(SessionSnapshot session, List<StepRecordEntity> steps,
			Map<String, FlowDocument> flows, Set<Integer> onPath) {
		String rootFlowKey = session.flowKey();
		List<SessionRecord.TimelineEntry> timeline = new ArrayList<>();
		for (StepRecordEntity r : steps) {
			Optional<StepDefinition> step = Optional.ofNullable(flows.get(r.getFlowKey()))
				.flatMap(f -> f.step(r.getStepKey()));
			Map<String, String> shown = personal.shownOf(r.getShownValues());
			Map<String, String> labelled = step.map(st -> labelled(st, shown, false)).orElse(Map.of());
			List<String> checked = new ArrayList<>();
			step.ifPresent(st -> {
				for (Integer index : StoredSteps.checked(r.getCheckedItems())) {
					if (index < st.checklist().size()) {
						checked.add(st.checklist().get(index).text());
					}
				}
			});
			boolean submitted = r.getKind() == StepRecordEntity.Kind.SUBMIT;
			List<String> sealed = List.copyOf(personal.sealedOf(r.getSealedValues()).keySet());
			List<String> idNumbers = sealed.stream()
				.filter(key -> inputOf(step, key).map(i -> i.type() == InputType.RESIDENT_ID).orElse(false))
				.toList();
			List<String> names = sealed.stream()
				.filter(key -> inputOf(step, key).map(i -> i.context() == CustomerField.NAME).orElse(false))
				.toList();
			String calledFlow = r.getFlowKey().equals(rootFlowKey) ? null
					: Optional.ofNullable(flows.get(r.getFlowKey())).map(FlowDocument::name).orElse(r.getFlowKey());
			List<SessionRecord.Correction> corrected = submitted
					? step.map(st -> corrections(st, shown)).orElse(List.of()) : List.of();
			timeline.add(new SessionRecord.TimelineEntry(r.getSequence(), !submitted, r.getFlowKey(), r.getStepKey(),
					r.getStepTitle(), r.getActor(), r.getSubmittedAt(), r.getDurationMs(), labelled, sealed, idNumbers,
					names, checked, submitted && onPath != null && !onPath.contains(r.getSequence()), calledFlow,
					corrected));
		}
		return timeline;
	}

	private static Optional<InputDefinition> inputOf(Optional<StepDefinition> step, String key) {
		return step.flatMap(st -> st.inputs().stream().filter(i -> i.key().equals(key)).findFirst());
	}

	/** The customer details the step record notes it corrected, before and after. */
	private static List<SessionRecord.Correction> corrections(StepDefinition step, Map<String, String> shown) {
		List<SessionRecord.Correction> corrected = new ArrayList<>();
		for (InputDefinition input : step.inputs()) {
			CustomerField field = input.context();
			String before = field == null ? null : shown.get(PersonalValues.CORRECTED + field.name());
			if (before != null && shown.get(input.key()) != null) {
				corrected.add(new SessionRecord.Correction(field, before, shown.get(input.key())));
			}
		}
		return corrected;
	}

	/**
	 * The signatures given on the final path; all of them when the path is not known
	 * ({@code onPath} null).
	 */
	private List<SessionRecord.Signature> signed(SessionSnapshot session, List<StepRecordEntity> steps,
			Set<Integer> onPath) {
		Map<Integer, String> titles = new HashMap<>();
		steps.forEach(r -> titles.put(r.getSequence(), r.getStepTitle()));
		return signatures.findBySessionIdOrderBySequenceAscIdAsc(session.id())
			.stream()
			.filter(s -> onPath == null || onPath.contains(s.getSequence()))
			.map(s -> new SessionRecord.Signature(s.getSequence(), titles.get(s.getSequence()), s.getParty(),
					InputRules.SIGNED_ON_PAPER.equals(s.getMethod()), s.getImageBase64(), s.getSignedAt()))
			.toList();
	}

	/**
	 * A step's entered values by input label, as records and the path show them:
	 * signatures left out (they are listed apart), yes/no as ticks, personal data masked
	 * when {@code mask} (stored values are masked already).
	 */
	private static Map<String, String> labelled(StepDefinition step, Map<String, String> values, boolean mask) {
		Map<String, String> labelled = new LinkedHashMap<>();
		for (InputDefinition input : step.inputs()) {
			String value = values.get(input.key());
			if (value != null && !value.isBlank() && input.type() != InputType.SIGNATURE) {
				String shown = mask ? PersonalValues.mask(input, value.trim()) : value;
				labelled.put(input.label(), display(input, shown));
			}
		}
		return labelled;
	}

	/** The step's values that are business, not the clerk's yes/no checks. */
	private static Map<String, String> business(StepDefinition step, Map<String, String> shown) {
		Map<String, String> business = new LinkedHashMap<>();
		for (InputDefinition input : step.inputs()) {
			String value = shown.get(input.key());
			if (value != null && !value.isBlank() && input.type() != InputType.SIGNATURE
					&& input.type() != InputType.YES_NO) {
				business.put(input.label(), value);
			}
		}
		return business;
	}

	private static String display(InputDefinition input, String value) {
		return input.type() == InputType.YES_NO ? ("true".equals(value) ? "✓" : "✗") : value;
	}

	public static SessionSummary summary(SessionSnapshot s) {
		return new SessionSummary(s.publicId(), s.flowKey(), s.flowName(), s.branchId(), s.clerkName(),
				s.clerkDisplayName(), s.practice(), status(s), s.outcome(), s.currentStep(), s.customerName().masked(),
				s.mobileMasked(), s.startedAt(), s.endedAt(), s.receiptNo());
	}

	private static SessionStatus status(SessionSnapshot s) {
		return SessionStatus.valueOf(s.status().name());
	}

	/** The flow's input with this key; null when it has none. */
	private static InputDefinition input(FlowDocument flow, String key) {
		for (StepDefinition step : flow.steps()) {
			for (InputDefinition input : step.inputs()) {
				if (input.key().equals(key)) {
					return input;
				}
			}
		}
		return null;
	}

}
