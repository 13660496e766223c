package com.hallflow.flowexecution;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.CustomerGrades;
import com.hallflow.base.MobileNumber;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowexecution.engine.Answers;
import com.hallflow.flowexecution.engine.Frame;
import com.hallflow.flowexecution.engine.InputRules;
import com.hallflow.flowexecution.engine.RunEngine;
import com.hallflow.flowexecution.engine.RunState;
import com.hallflow.flowexecution.engine.StepResult;
import com.hallflow.flowexecution.internal.NotReplayable;
import com.hallflow.flowexecution.internal.PersonalValues;
import com.hallflow.flowexecution.internal.PublishedFlowLookup;
import com.hallflow.flowexecution.internal.ReceiptNumbers;
import com.hallflow.flowexecution.internal.RunStateCache;
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
import com.hallflow.promotion.QuotaUsedUp;
import com.hallflow.security.AppRoles;
import com.hallflow.security.AppUser;
import com.hallflow.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counter's commands on a guided service session: start, answer a step, go back, abandon
 * (docs/architecture.md). Each move is one transaction: the step record is inserted under a
 * unique (session, sequence) key and the session row moved by a conditional update, so a second
 * submission of the same step is recorded once and told the session moved on. A clerk reaches
 * only sessions of their own branch. Records and receipts are read through
 * {@link SessionRecordService}.
 */
@Service
public class ServiceSessionService {

    private static final String COUNTER = "hasAnyRole('" + AppRoles.BRANCH_STAFF + "','" + AppRoles.BRANCH_MANAGER
            + "')";
    private static final int MOVE_ATTEMPTS = 3;

    private final SessionAccess access;
    private final SessionReplay replays;
    private final SessionWriter writer;
    private final StepSignatureRepository signatures;
    private final ServiceSessionRepository rows;
    private final ReceiptNumbers receipts;
    private final PublishedFlowService published;
    private final CurrentUser currentUser;
    private final PersonalValues personal;
    private final RunStateCache cache;
    private final OfferService offers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RunEngine engine;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;

    @SuppressWarnings("java:S107") // the collaborators of the counter's commands
    ServiceSessionService(SessionAccess access, SessionReplay replays, SessionWriter writer,
                          StepSignatureRepository signatures, ServiceSessionRepository rows, ReceiptNumbers receipts,
                          PublishedFlowService published, PublishedFlowLookup flows, CurrentUser currentUser,
                          PersonalValues personal, RunStateCache cache, OfferService offers,
                          ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.access = access;
        this.replays = replays;
        this.writer = writer;
        this.signatures = signatures;
        this.rows = rows;
        this.receipts = receipts;
        this.published = published;
        this.currentUser = currentUser;
        this.personal = personal;
        this.cache = cache;
        this.offers = offers;
        this.events = events;
        this.clock = clock;
        this.engine = new RunEngine(flows);
        this.tx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
    }

    /** Starts serving a customer with the version of the flow in effect now, which the session pins. */
    @PreAuthorize(COUNTER)
    public RunningSession start(StartSessionCommand command) {
        AppUser clerk = currentUser.require();
        long branchId = clerk.branchId().orElseThrow(() -> new BusinessException("flowexecution.session.noBranch"));
        String mobile = blankToNull(command.customerMobile());
        if (mobile != null && !MobileNumber.isValid(mobile)) {
            throw BusinessException.forField("customerMobile", "flowdesign.screen.mobile.invalid");
        }
        String grade = blankToNull(command.customerGrade());
        if (grade != null && !CustomerGrades.ALL.contains(grade)) {
            throw BusinessException.forField("customerGrade", "flowexecution.start.grade.invalid");
        }
        String name = blankToNull(command.customerName());
        if (name != null && name.length() > 50) {
            throw BusinessException.forField("customerName", "flowexecution.start.name.tooLong");
        }
        PublishedFlow flow = published.current(command.flowKey())
                .orElseThrow(() -> new BusinessException("flowexecution.flow.notStartable", command.flowKey()));
        RunState state = RunEngine.start(flow);
        String branchCode = clerk.branchRef().map(b -> b.code()).orElse("B" + branchId);
        SessionSnapshot starting = SessionSnapshot.starting(UUID.randomUUID().toString(), branchId, branchCode,
                clerk.id(), clerk.username(), clerk.displayName(), flow.key(), flow.document().name(),
                flow.versionId(), flow.number(), command.practice(), name, grade,
                mobile == null ? null : MobileNumber.mask(mobile), position(state), clock.instant());
        SessionSnapshot session = tx.execute(status -> writer.insert(starting,
                mobile == null ? null : personal.encrypt(mobile), mobile == null ? null : personal.hash(mobile)));
        cache.put(session, state);
        return SessionProjections.running(session, state);
    }

    /** The session as it stands, e.g. after a reload or a restart; refused outside the caller's branch. */
    @PreAuthorize("isAuthenticated()")
    public RunningSession open(String id) {
        return readTx.execute(status -> {
            SessionSnapshot session = access.load(id);
            return SessionProjections.running(session, replays.state(session));
        });
    }

    /**
     * Answers the current step. Refused with reasons by field when something is missing or
     * wrong; nothing is written then. A submission for a step already answered changes nothing
     * and says the session moved on.
     */
    @PreAuthorize(COUNTER)
    public SubmitResult submit(String id, StepSubmission submission) {
        String actor = currentUser.actorName();
        return move(id, submission.sequence(), (session, state) -> submitted(session, state, submission, actor));
    }

    /** Goes back one step, unless the step or the one before forbids it; recorded like a submission. */
    @PreAuthorize(COUNTER)
    public SubmitResult back(String id, int sequence) {
        String actor = currentUser.actorName();
        return move(id, sequence, (session, state) -> {
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
            return written(session, sequence, after, null, now);
        });
    }

    /** Ends a session that cannot go on, with the clerk's reason; what was recorded stays. */
    @PreAuthorize(COUNTER)
    public RunningSession abandon(String id, String reason) {
        String why = blankToNull(reason);
        if (why == null) {
            throw BusinessException.forField("reason", "flowexecution.abandon.reason.required");
        }
        if (why.length() > 500) {
            throw BusinessException.forField("reason", "flowexecution.abandon.reason.tooLong");
        }
        return tx.execute(status -> {
            SessionSnapshot session = access.load(id);
            Instant now = clock.instant();
            if (!session.running() || writer.abandon(session.id(), why, now, !session.practice()) != 1) {
                throw new BusinessException("flowexecution.run.ended");
            }
            RunState state = stateOrStart(session);
            cache.forget(id);
            if (!session.practice()) {
                events.publishEvent(new SessionEndRelay.EndCommitting());
            }
            return SessionProjections.running(session.abandoned(why, now), state);
        });
    }

    /** The run state; a session that cannot be resumed shows as at its start (it only needs its row then). */
    private RunState stateOrStart(SessionSnapshot session) {
        try {
            return replays.state(session);
        } catch (NotReplayable e) {
            return RunEngine.start(published.byVersionId(session.flowVersionId()));
        }
    }

    /** The caller's sessions still in progress, newest first, to resume from the counter home. */
    @PreAuthorize(COUNTER)
    public List<SessionSummary> myInProgress() {
        long clerkId = currentUser.require().id();
        return readTx.execute(status -> rows.findByClerkIdAndStatusOrderByStartedAtDesc(clerkId,
                ServiceSessionEntity.Status.IN_PROGRESS).stream()
                .map(row -> SessionProjections.summary(SessionSnapshot.of(row))).toList());
    }

    /**
     * One move of a session in one transaction: from this node's cached row and state when it
     * has them (two statements: insert the step record, update the row if it still stands
     * where the cache says), else from the database. A second submission for the same step,
     * here or on another node, fails on the unique step key or on the row's sequence and is
     * answered with the session as it now stands.
     */
    private SubmitResult move(String id, int sequence, Step step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(id, sequence, step);
            } catch (PessimisticLockingFailureException deadlock) {
                // two submissions of one step can deadlock on InnoDB (both take the session row's
                // shared lock for the step record's foreign key, then one wants it exclusively);
                // the victim rolled back: try again from the database, where the winner now stands
                cache.forget(id);
                if (attempt == MOVE_ATTEMPTS) {
                    return movedOn(id, sequence, deadlock);
                }
            }
        }
    }

    private SubmitResult attempt(String id, int sequence, Step step) {
        Moving moving;
        try {
            moving = tx.execute(status -> {
                RunStateCache.Entry cached = cachedFor(id, sequence);
                SessionSnapshot session = cached != null ? cached.session() : access.load(id);
                RunState state = cached != null ? cached.state() : replays.state(session);
                if (!session.running() || sequence != session.sequence()) {
                    return new Moving(null, null, new SubmitResult(SessionProjections.running(session, state),
                            List.of(), true));
                }
                return step.apply(session, state);
            });
        } catch (PessimisticLockingFailureException deadlock) {
            throw deadlock;
        } catch (DataIntegrityViolationException | ConcurrencyFailureException | MovedElsewhere e) {
            cache.forget(id);
            return movedOn(id, sequence, e);
        } catch (QuotaUsedUp e) {
            // the step rolled back: the session stands where it stood, the clerk is told at the offer
            return new SubmitResult(open(id), List.of(new FieldError(OfferProblem.fieldOf(e.packageId()),
                    e.messageKey())), false);
        }
        if (moving.session() != null) {
            cache.put(moving.session(), moving.state());
        }
        return moving.result();
    }

    /** The cached entry for a submission that names the step the cache stands at, if the caller may use it. */
    private RunStateCache.Entry cachedFor(String id, int sequence) {
        RunStateCache.Entry cached = cache.get(id);
        if (cached == null || cached.session().sequence() != sequence) {
            return null;
        }
        return access.servedByCaller(cached.session()) ? cached : null;
    }

    private Moving submitted(SessionSnapshot session, RunState state, StepSubmission submission, String actor) {
        Frame frame = state.current().orElseThrow();
        StepDefinition step = frame.step();
        List<FieldError> signatureErrors = new ArrayList<>();
        Map<String, String> values = SignatureChecks.withSignatures(step, submission, signatureErrors);
        StepResult result = engine.submit(state, new Answers(submission.sequence(), values, submission.checked()));
        if (result instanceof StepResult.Refused || !signatureErrors.isEmpty()) {
            List<FieldError> errors = new ArrayList<>(signatureErrors);
            Set<String> signatureFields = signatureErrors.stream().map(FieldError::field).collect(Collectors.toSet());
            if (result instanceof StepResult.Refused refused) {
                refused.errors().stream().filter(e -> !signatureFields.contains(e.field())).forEach(errors::add);
            }
            return Moving.refused(session, state, errors);
        }
        StepResult.Moved moved = (StepResult.Moved) result;
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
                StepRecordEntity.Kind.SUBMIT, frame.flow().key(), step.key(), step.title(),
                personal.shown(step, values), personal.sealed(step, values), StoredSteps.checked(submission.checked()),
                StoredSteps.target(moved.taken()), moved.calledVersionId(), actor, now, millisSince(session, now)));
        for (SignatureCapture signature : submission.signatures()) {
            signatures.save(new StepSignatureEntity(session.id(), session.branchId(), submission.sequence(),
                    signature.inputKey(), signature.party(),
                    signature.onPaper() ? InputRules.SIGNED_ON_PAPER : InputRules.SIGNED_ON_PAD,
                    signature.onPaper() ? null : signature.pngBase64(), now));
        }
        String idHash = step.inputs().stream().filter(i -> i.type() == InputType.RESIDENT_ID)
                .map(i -> values.get(i.key())).filter(v -> v != null && !v.isBlank()).findFirst()
                .map(idNumber -> personal.hash(idNumber.trim())).orElse(null);
        return written(session, submission.sequence(), moved.state(), idHash, now);
    }

    /** Writes the session row's move, conditional on where this node believes it stands. */
    private Moving written(SessionSnapshot session, int sequence, RunState after, String idHash, Instant now) {
        SessionSnapshot moved;
        int changed;
        if (after.ended()) {
            String receipt = session.practice() ? null : receipts.next(session.branchId(), session.branchCode(),
                    LocalDate.ofInstant(now, ClockConfiguration.BUSINESS_ZONE));
            changed = writer.end(session.id(), sequence, after.sequence(), after.outcome().name(), receipt, now,
                    idHash, !session.practice());
            moved = session.ended(after.sequence(), after.outcome().name(), receipt, now);
            if (changed == 1 && !session.practice()) {
                events.publishEvent(new SessionEndRelay.EndCommitting());
            }
        } else {
            String position = position(after);
            changed = writer.advance(session.id(), sequence, after.sequence(), position, now, idHash);
            moved = session.advanced(after.sequence(), position, now);
        }
        if (changed != 1) {
            throw new MovedElsewhere();
        }
        return new Moving(moved, after, new SubmitResult(SessionProjections.running(moved, after), List.of(), false));
    }

    private SubmitResult movedOn(String id, int sequence, RuntimeException cause) {
        RunningSession now = open(id);
        if (now.sequence() == sequence && now.running()) {
            throw cause;
        }
        return new SubmitResult(now, List.of(), true);
    }

    /** Where the run stands, for lists: "flow name / step title". */
    private static String position(RunState state) {
        return state.current().map(f -> truncate(f.flow().name() + " / " + f.step().title(), 140)).orElse(null);
    }

    private static long millisSince(SessionSnapshot session, Instant now) {
        return Math.max(0, Duration.between(session.stepEnteredAt(), now).toMillis());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /** What a move wrote: the session and state to cache (null when nothing was written) and the answer. */
    private record Moving(SessionSnapshot session, RunState state, SubmitResult result) {

        static Moving refused(SessionSnapshot session, RunState state, List<FieldError> errors) {
            return new Moving(null, null, new SubmitResult(SessionProjections.running(session, state), errors, false));
        }
    }

    @FunctionalInterface
    private interface Step {
        Moving apply(SessionSnapshot session, RunState state);
    }

    /** The session row did not stand where this node believed: roll back and answer with the row as it is. */
    private static final class MovedElsewhere extends RuntimeException {
        MovedElsewhere() {
            super(null, null, false, false);
        }
    }
}
