package com.hallflow.flowexecution;

import java.util.Optional;
import com.hallflow.base.BusinessException;
import com.hallflow.base.CustomerGrade;
import com.hallflow.base.MobileNumber;
import com.hallflow.base.TextHygiene;
import com.hallflow.base.PersonName;
import com.hallflow.base.Salutation;
import com.hallflow.flowdesign.CustomerField;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowexecution.engine.Answers;
import com.hallflow.flowexecution.engine.Frame;
import com.hallflow.flowexecution.engine.InputRules;
import com.hallflow.flowexecution.engine.RunEngine;
import com.hallflow.flowexecution.engine.RunState;
import com.hallflow.flowexecution.engine.StepResult;
import com.hallflow.flowexecution.internal.EndCommitting;
import com.hallflow.flowexecution.internal.SessionHandover;
import com.hallflow.flowexecution.internal.NotReplayable;
import com.hallflow.flowexecution.internal.PersonalValues;
import com.hallflow.flowexecution.internal.PublishedFlowLookup;
import com.hallflow.variant.FlowEditions;
import com.hallflow.flowexecution.internal.SessionMoves;
import com.hallflow.flowexecution.internal.SessionMoves.Moving;
import com.hallflow.flowexecution.internal.RunStateCache;
import com.hallflow.flowexecution.internal.SealedName;
import com.hallflow.flowexecution.internal.ServiceSessionEntity;
import com.hallflow.flowexecution.internal.ServiceSessionRepository;
import com.hallflow.flowexecution.internal.SessionAccess;
import com.hallflow.flowexecution.internal.SessionProjections;
import com.hallflow.flowexecution.internal.SessionReplay;
import com.hallflow.flowexecution.internal.SessionSnapshot;
import com.hallflow.flowexecution.internal.SessionWriter;
import com.hallflow.flowexecution.internal.SignatureChecks;
import com.hallflow.flowexecution.internal.StepRecordEntity;
import com.hallflow.flowexecution.internal.StepSignatureEntity;
import com.hallflow.flowexecution.internal.StepSignatureRepository;
import com.hallflow.flowexecution.internal.StoredSteps;
import com.hallflow.promotion.OfferProblem;
import com.hallflow.promotion.OfferRecording;
import com.hallflow.promotion.OfferService;
import com.hallflow.security.AnyStaff;
import com.hallflow.security.AtTheCounter;
import com.hallflow.security.AppUser;
import com.hallflow.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counter's commands on a guided service session: start, answer a step, go back,
 * abandon (docs/architecture.md). Each move is one transaction: the step record is
 * inserted under a unique (session, sequence) key and the session row moved by a
 * conditional update, so a second submission of the same step is recorded once and told
 * the session moved on. A clerk reaches only sessions of their own branch, and moves only
 * the sessions they serve; another's they take over first ({@link #takeOver}). Records
 * and receipts are read through {@link SessionRecordService}.
 */
@Service
public class ServiceSessionService {

	/** A draft keeps at most this many values, each cut to {@link #DRAFT_VALUE_MOST}. */
	private static final int DRAFT_INPUTS_MOST = 50;

	private static final int DRAFT_VALUE_MOST = 200;

	/** The most an abandon reason holds: its column. */
	public static final int ABANDON_REASON_MOST = 500;

	private final SessionAccess access;

	private final SessionReplay replays;

	private final SessionWriter writer;

	private final StepSignatureRepository signatures;

	private final ServiceSessionRepository rows;

	private final SessionMoves moves;

	private final FlowEditions editions;

	private final PublishedFlowLookup flows;

	private final CurrentUser currentUser;

	private final PersonalValues personal;

	private final RunStateCache cache;

	private final OfferService offers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SessionHandover handover;

	private final TransactionTemplate tx;

	private final TransactionTemplate readTx;

	@SuppressWarnings("java:S107") // the collaborators of the counter's commands
	ServiceSessionService(SessionAccess access, SessionReplay replays, SessionWriter writer,
			StepSignatureRepository signatures, ServiceSessionRepository rows, SessionMoves moves,
			FlowEditions editions, PublishedFlowLookup flows, CurrentUser currentUser, PersonalValues personal,
			RunStateCache cache, OfferService offers, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions, SessionHandover handover) {
		this.access = access;
		this.replays = replays;
		this.writer = writer;
		this.signatures = signatures;
		this.rows = rows;
		this.moves = moves;
		this.editions = editions;
		this.flows = flows;
		this.currentUser = currentUser;
		this.personal = personal;
		this.cache = cache;
		this.offers = offers;
		this.events = events;
		this.clock = clock;
		this.handover = handover;
		this.tx = new TransactionTemplate(transactions);
		this.readTx = new TransactionTemplate(transactions);
		this.readTx.setReadOnly(true);
	}

	/**
	 * Starts serving a customer with the version of the flow in effect now, which the
	 * session pins.
	 */
	@AtTheCounter
	public RunningSession start(StartSessionCommand command) {
		AppUser clerk = currentUser.require();
		long branchId = clerk.branchId().orElseThrow(() -> new BusinessException("flowexecution.session.noBranch"));
		String mobile = blankToNull(MobileNumber.normalise(command.customerMobile()));
		if (mobile != null && !MobileNumber.isValid(mobile)) {
			throw BusinessException.forField("customerMobile", "flowdesign.screen.mobile.invalid");
		}
		String grade = blankToNull(command.customerGrade());
		if (grade != null && CustomerGrade.byName(grade).isEmpty()) {
			throw BusinessException.forField("customerGrade", "flowexecution.start.grade.invalid");
		}
		String name = PersonName
			.normalise(TextHygiene.line("customerName", command.customerName(), StartSessionCommand.NAME_MOST));
		String salutation = blankToNull(command.customerSalutation());
		if (salutation != null && Salutation.byName(salutation).isEmpty()) {
			throw BusinessException.forField("customerSalutation", "flowexecution.start.salutation.invalid");
		}
		SealedName customer = SealedName.of(name, Salutation.byName(salutation).orElse(null), personal::encrypt);
		PublishedFlow flow = editions.current(command.flowKey(), branchId, clock.instant())
			.orElseThrow(() -> new BusinessException("flowexecution.flow.notStartable", command.flowKey()));
		RunState state = RunEngine.start(flow);
		String branchCode = clerk.branchRef().map(b -> b.code()).orElse("B" + branchId);
		SessionSnapshot starting = SessionSnapshot.starting(UUID.randomUUID().toString(), branchId, branchCode,
				clerk.id(), clerk.username(), clerk.displayName(), flow.key(), flow.document().name(), flow.versionId(),
				flow.number(), command.practice(), customer, grade, mobile == null ? null : MobileNumber.mask(mobile),
				SessionMoves.position(state), clock.instant(), mobile == null ? null : personal.encrypt(mobile));
		SessionSnapshot session = tx.execute(
				status -> writer.insert(starting, mobile == null ? null : personal.hash(mobile), flow.baseVersionId()));
		cache.put(session, state);
		return SessionProjections.running(session, state, personal::open);
	}

	/**
	 * The session as it stands, e.g. after a reload or a restart; refused outside the
	 * caller's branch.
	 */
	@AnyStaff
	public RunningSession open(String id) {
		RunningSession session = moves.current(id);
		if (!session.running() || !session.clerkName().equals(currentUser.actorName())) {
			return session;
		}
		return readTx.execute(status -> writer.draft(id, session.clerkName(), session.sequence()))
			.map(personal::openDraft)
			.map(d -> session.withDraft(d.values(), d.ticked()))
			.orElse(session);
	}

	/**
	 * Keeps what the clerk has typed or ticked on the current step and not yet submitted,
	 * so a reload or a restart of the server does not lose it. Not a step: nothing is
	 * checked or counted, and the next move of the session clears it. Kept only while the
	 * session stands at {@code sequence} and only for the clerk who serves it.
	 */
	@AtTheCounter
	public void keepDraft(String id, int sequence, Map<String, String> values, Set<Integer> ticked) {
		Map<String, String> kept = values.entrySet()
			.stream()
			.filter(e -> e.getValue() != null && !e.getValue().isBlank())
			.limit(DRAFT_INPUTS_MOST)
			.collect(Collectors.toMap(Map.Entry::getKey, e -> truncated(e.getValue()), (a, b) -> a));
		String sealed = personal.sealDraft(kept, ticked);
		tx.executeWithoutResult(status -> writer.keepDraft(id, currentUser.actorName(), sequence, sealed));
	}

	private static String truncated(String value) {
		return value.length() <= DRAFT_VALUE_MOST ? value : value.substring(0, DRAFT_VALUE_MOST);
	}

	/**
	 * Answers the current step. Refused with reasons by field when something is missing
	 * or wrong; nothing is written then. A submission for a step already answered changes
	 * nothing and says the session moved on.
	 */
	@AtTheCounter
	public SubmitResult submit(String id, StepSubmission submission) {
		String actor = currentUser.actorName();
		return moves.move(id, submission.sequence(), (session, state) -> submitted(session, state, submission, actor));
	}

	/**
	 * Goes back one step, unless the step or the one before forbids it; recorded like a
	 * submission.
	 */
	@AtTheCounter
	public SubmitResult back(String id, int sequence) {
		String actor = currentUser.actorName();
		return moves.move(id, sequence, (session, state) -> {
			StepResult result = RunEngine.back(state);
			if (result instanceof StepResult.Refused refused) {
				return Moving.refused(session, state, refused.errors());
			}
			RunState after = ((StepResult.Moved) result).state();
			Frame frame = state.current().orElseThrow();
			Instant now = clock.instant();
			writer.insert(new StepRecordEntity(session.id(), session.branchId(), sequence, StepRecordEntity.Kind.BACK,
					frame.flow().key(), frame.step().key(), frame.step().title(), null, null, null, null, null, actor,
					now, millisSince(session, now)));
			return moves.written(session, sequence, after, null, now);
		});
	}

	/**
	 * Ends a session that cannot go on, with the clerk's reason; what was recorded stays.
	 */
	@AtTheCounter
	public RunningSession abandon(String id, String reason) {
		String why = TextHygiene.line("reason", reason, ABANDON_REASON_MOST);
		if (why == null) {
			throw BusinessException.forField("reason", "flowexecution.abandon.reason.required");
		}
		return tx.execute(status -> {
			SessionSnapshot session = access.load(id);
			access.requireServedByCaller(session);
			Instant now = clock.instant();
			if (!session.running()
					|| writer.abandon(session.id(), session.clerkId(), why, now, !session.practice()) != 1) {
				throw new BusinessException("flowexecution.run.ended");
			}
			RunState state = stateOrStart(session);
			cache.forget(id);
			if (!session.practice()) {
				events.publishEvent(new EndCommitting());
			}
			return SessionProjections.running(session.abandoned(why, now), state, personal::open);
		});
	}

	/**
	 * The caller takes over a running session of their branch that another clerk serves
	 * (who can then no longer move it) and continues it from where it stands; recorded in
	 * the audit log. Only at the counter: head office watches, it does not serve.
	 */
	@AtTheCounter
	public RunningSession takeOver(String id) {
		AppUser taker = currentUser.require();
		tx.executeWithoutResult(status -> handover.takeOver(id, taker));
		return open(id);
	}

	/**
	 * The run state; a session that cannot be resumed shows as at its start (it only
	 * needs its row then).
	 */
	private RunState stateOrStart(SessionSnapshot session) {
		try {
			return replays.state(session);
		}
		catch (NotReplayable e) {
			return RunEngine.start(flows.version(session.flowVersionId()));
		}
	}

	/**
	 * How many customers each flow served at the caller's branch in the last 30 days, by
	 * flow key; the counter shows the most used first.
	 */
	@AtTheCounter
	public Map<String, Long> recentUse() {
		Optional<Long> branch = currentUser.require().branchId();
		if (branch.isEmpty()) {
			return Map.of();
		}
		Instant since = clock.instant().minus(Duration.ofDays(30));
		return readTx.execute(status -> rows.usage(branch.get(), since)
			.stream()
			.collect(Collectors.toMap(ServiceSessionRepository.FlowUse::getFlowKey,
					ServiceSessionRepository.FlowUse::getServed)));
	}

	/**
	 * The caller's sessions still in progress, newest first, to resume from the counter
	 * home.
	 */
	@AtTheCounter
	public List<SessionSummary> myInProgress() {
		long clerkId = currentUser.require().id();
		return readTx.execute(status -> rows
			.findByClerkIdAndStatusOrderByStartedAtDesc(clerkId, ServiceSessionEntity.Status.IN_PROGRESS)
			.stream()
			.map(row -> SessionProjections.summary(SessionSnapshot.of(row)))
			.toList());
	}

	private Moving submitted(SessionSnapshot session, RunState state, StepSubmission submission, String actor) {
		Frame frame = state.current().orElseThrow();
		StepDefinition step = frame.step();
		List<FieldError> signatureErrors = new ArrayList<>();
		Map<String, String> values = InputRules.normalised(step,
				SignatureChecks.withSignatures(step, submission, signatureErrors));
		StepResult result = new RunEngine(flows.forBranch(session.branchId())).submit(state,
				new Answers(submission.sequence(), values, submission.checked()));
		if (result instanceof StepResult.Refused || !signatureErrors.isEmpty()) {
			List<FieldError> errors = new ArrayList<>(signatureErrors);
			Set<String> signatureFields = signatureErrors.stream().map(FieldError::field).collect(Collectors.toSet());
			if (result instanceof StepResult.Refused refused) {
				refused.errors().stream().filter(e -> !signatureFields.contains(e.field())).forEach(errors::add);
			}
			return Moving.refused(session, state, errors);
		}
		StepResult.Moved moved = (StepResult.Moved) result;
		Map<String, String> corrected = corrections(session, state, step, values);
		String shown = personal.shown(step, values, corrected);
		String sealed = personal.sealed(step, values);
		Optional<String> tooMuch = PersonalValues.overflowing(step, values, shown, sealed);
		if (tooMuch.isPresent()) {
			return Moving.refused(session, state, List.of(new FieldError(tooMuch.get(), PersonalValues.TOO_MUCH)));
		}
		if (step.promotionSlot()) {
			List<OfferProblem> problems = offers.record(new OfferRecording(session.publicId(), submission.sequence(),
					session.branchId(), frame.flow().key(), step.key(), session.customerGrade(), session.practice(),
					step.offerLimit(), submission.offers()));
			if (!problems.isEmpty()) {
				return Moving.refused(session, state,
						problems.stream().map(p -> new FieldError(p.field(), p.messageKey())).toList());
			}
		}
		Instant now = clock.instant();
		writer.insert(new StepRecordEntity(session.id(), session.branchId(), submission.sequence(),
				StepRecordEntity.Kind.SUBMIT, frame.flow().key(), step.key(), step.title(), shown, sealed,
				StoredSteps.checked(submission.checked()), StoredSteps.target(moved.taken()), moved.calledVersionId(),
				actor, now, millisSince(session, now)));
		for (SignatureCapture signature : submission.signatures()) {
			signatures.save(new StepSignatureEntity(session.id(), session.branchId(), submission.sequence(),
					signature.inputKey(), signature.party(),
					signature.onPaper() ? InputRules.SIGNED_ON_PAPER : InputRules.SIGNED_ON_PAD,
					signature.onPaper() ? null : signature.pngBase64(), now));
		}
		String idHash = step.inputs()
			.stream()
			.filter(i -> i.type() == InputType.RESIDENT_ID)
			.map(i -> values.get(i.key()))
			.filter(v -> v != null && !v.isBlank())
			.findFirst()
			.map(idNumber -> personal.hash(idNumber.trim()))
			.orElse(null);
		return moves.written(withMobileOf(session, step, moved.state(), corrected), submission.sequence(),
				moved.state(), idHash, now);
	}

	/**
	 * The customer details this step corrects, recorded on the step: for each input bound
	 * to a detail whose submitted value differs from what the session knew, the value
	 * before, as shown.
	 */
	private Map<String, String> corrections(SessionSnapshot session, RunState before, StepDefinition step,
			Map<String, String> values) {
		Map<String, String> notes = new LinkedHashMap<>();
		for (InputDefinition input : step.inputs()) {
			CustomerField field = input.context();
			if (field == null || !field.fits(input)) {
				continue;
			}
			String was = SessionProjections.known(session, before, field, personal::open);
			field.fromInput(input, values.get(input.key()))
				.filter(now -> was != null && !was.equals(now))
				.flatMap(now -> field.asInput(input, was))
				.ifPresent(shownBefore -> notes.put(PersonalValues.CORRECTED + field.name(),
						PersonalValues.mask(input, shownBefore)));
		}
		return notes;
	}

	/**
	 * One customer number everywhere: when this step corrected the customer's mobile (see
	 * {@link #corrections}) or gave the first one, the session row (header, lists,
	 * receipt) takes it, in the same transaction.
	 */
	private SessionSnapshot withMobileOf(SessionSnapshot session, StepDefinition step, RunState after,
			Map<String, String> corrected) {
		String now = after.context().get(CustomerField.MOBILE);
		boolean first = session.mobileSealed() == null
				&& step.inputs().stream().anyMatch(i -> i.context() == CustomerField.MOBILE);
		if (now == null || !MobileNumber.isValid(now)
				|| !first && !corrected.containsKey(PersonalValues.CORRECTED + CustomerField.MOBILE.name())) {
			return session;
		}
		String sealed = personal.encrypt(now);
		String masked = MobileNumber.mask(now);
		writer.correctMobile(session.id(), masked, sealed, personal.hash(now));
		return session.withMobile(masked, sealed);
	}

	private static long millisSince(SessionSnapshot session, Instant now) {
		return Math.max(0, Duration.between(session.stepEnteredAt(), now).toMillis());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
