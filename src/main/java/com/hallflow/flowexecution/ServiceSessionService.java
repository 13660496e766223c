package com.hallflow.flowexecution;

import com.hallflow.base.CustomerGrades;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.MobileNumber;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowexecution.StepResult.FieldError;
import com.hallflow.flowexecution.internal.PersonalValues;
import com.hallflow.flowexecution.internal.ReceiptNumbers;
import com.hallflow.flowexecution.internal.RunStateCache;
import com.hallflow.flowexecution.internal.ServiceSessionEntity;
import com.hallflow.flowexecution.internal.ServiceSessionRepository;
import com.hallflow.flowexecution.internal.SessionSnapshot;
import com.hallflow.flowexecution.internal.SessionQueries;
import com.hallflow.flowexecution.internal.StepRecordEntity;
import com.hallflow.flowexecution.internal.StepRecordRepository;
import com.hallflow.flowexecution.internal.StepSignatureEntity;
import com.hallflow.flowexecution.internal.StepSignatureRepository;
import com.hallflow.flowexecution.internal.StepWrites;
import com.hallflow.promotion.OfferProblem;
import com.hallflow.promotion.OfferRecording;
import com.hallflow.promotion.OfferService;
import com.hallflow.promotion.QuotaUsedUp;
import com.hallflow.promotion.RecordedOffer;
import com.hallflow.security.AppRoles;
import com.hallflow.security.AppUser;
import com.hallflow.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Guided service sessions at the counter (architecture §2–§4, §6). Each submission is one
 * transaction: the step record is inserted under a unique (session, sequence) key and the
 * session row advanced under its optimistic lock, so a second submission of the same step is
 * recorded once and told the session moved on. The run state is rebuilt by replaying the
 * recorded submissions through the {@link RunEngine}, with the called flows' versions pinned.
 * A clerk reaches only sessions of their own branch; head office reads all.
 */
@Service
public class ServiceSessionService {

    private static final String COUNTER = "hasAnyRole('" + AppRoles.BRANCH_STAFF + "','" + AppRoles.BRANCH_MANAGER
            + "')";
    private static final String SUPERVISOR = "hasAnyRole('" + AppRoles.BRANCH_MANAGER + "','" + AppRoles.HQ_ADMIN
            + "')";
    private static final int MAX_SIGNATURE_BYTES = 300_000;
    private static final int MOVE_ATTEMPTS = 3;
    private static final String PNG_MAGIC = "iVBORw0KGgo";

    private final ServiceSessionRepository sessions;
    private final StepRecordRepository records;
    private final StepSignatureRepository signatures;
    private final SessionQueries queries;
    private final ReceiptNumbers receipts;
    private final PublishedFlowService published;
    private final CurrentUser currentUser;
    private final PersonalValues personal;
    private final RunStateCache cache;
    private final AuditLog audit;
    private final OfferService offers;
    private final StepWrites stepWrites;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;

    @SuppressWarnings("java:S107") // the collaborators of the counter's one door to its data
    ServiceSessionService(ServiceSessionRepository sessions, StepRecordRepository records,
                          StepSignatureRepository signatures, SessionQueries queries, ReceiptNumbers receipts,
                          PublishedFlowService published, CurrentUser currentUser, PersonalValues personal,
                          RunStateCache cache, AuditLog audit, OfferService offers, StepWrites stepWrites,
                          org.springframework.context.ApplicationEventPublisher events, Clock clock,
                          PlatformTransactionManager transactions) {
        this.sessions = sessions;
        this.records = records;
        this.signatures = signatures;
        this.queries = queries;
        this.receipts = receipts;
        this.published = published;
        this.currentUser = currentUser;
        this.personal = personal;
        this.cache = cache;
        this.audit = audit;
        this.offers = offers;
        this.stepWrites = stepWrites;
        this.events = events;
        this.clock = clock;
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
        RunState state = new RunEngine(k -> Optional.empty()).start(flow.document());
        String branchCode = clerk.branchRef().map(b -> b.code()).orElse("B" + branchId);
        ServiceSessionEntity session = tx.execute(status -> {
            ServiceSessionEntity s = new ServiceSessionEntity(UUID.randomUUID().toString(), branchId, branchCode,
                    clerk.id(),
                    clerk.username(), clerk.displayName(), flow.key(), flow.document().name(), flow.versionId(), flow.number(),
                    command.practice(), clock.instant());
            s.customer(name, grade, mobile == null ? null : MobileNumber.mask(mobile),
                    mobile == null ? null : personal.encrypt(mobile), mobile == null ? null : personal.hash(mobile));
            s.advance(state.sequence(), position(state), s.getStartedAt());
            return sessions.save(s);
        });
        SessionSnapshot snapshot = SessionSnapshot.of(session);
        cache.put(snapshot, state);
        return view(snapshot, state);
    }

    /** The session as it stands, e.g. after a reload or a restart; refused outside the caller's branch. */
    @PreAuthorize("isAuthenticated()")
    public RunningSession open(String id) {
        return readTx.execute(status -> {
            SessionSnapshot session = SessionSnapshot.of(load(id));
            return view(session, state(session));
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
        return move(id, submission.sequence(), actor, (session, state) -> submitted(session, state, submission, actor));
    }

    /** Goes back one step, unless the step or the one before forbids it; recorded like a submission. */
    @PreAuthorize(COUNTER)
    public SubmitResult back(String id, int sequence) {
        String actor = currentUser.actorName();
        return move(id, sequence, actor, (session, state) -> {
            StepResult result = new RunEngine(k -> Optional.empty()).back(state);
            if (result instanceof StepResult.Refused refused) {
                return new Moving(null, new SubmitResult(view(session, state), refused.errors(), false));
            }
            RunState after = ((StepResult.Moved) result).state();
            Frame frame = state.current().orElseThrow();
            Instant now = clock.instant();
            stepWrites.insert(new StepRecordEntity(session.id(), session.branchId(), sequence, StepRecordEntity.Kind.BACK,
                    frame.flow().key(), frame.step().key(), frame.step().title(), null, null, null, null, actor, now,
                    millisSince(session, now)));
            return written(session, sequence, after, null, now);
        });
    }

    /**
     * One move of a session in one transaction: from this node's cached row and state when it
     * has them (two statements: insert the step record, update the row if it still stands
     * where the cache says), else from the database. A second submission for the same step,
     * here or on another node, fails on the unique step key or on the row's sequence and is
     * answered with the session as it now stands.
     */
    private SubmitResult move(String id, int sequence, String actor, Step step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(id, sequence, step);
            } catch (org.springframework.dao.PessimisticLockingFailureException deadlock) {
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
                SessionSnapshot session = cached != null ? cached.session() : SessionSnapshot.of(load(id));
                if (!session.running() || sequence != session.sequence()) {
                    return new Moving(null, new SubmitResult(view(session, state(session)), List.of(), true));
                }
                return step.apply(session, cached != null ? cached.state() : state(session));
            });
        } catch (org.springframework.dao.PessimisticLockingFailureException deadlock) {
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
        String caller = SecurityContextHolder.getContext().getAuthentication().getName();
        return caller.equals(cached.session().clerkName()) ? cached : null;
    }

    private Moving submitted(SessionSnapshot session, RunState state, StepSubmission submission, String actor) {
        Frame frame = state.current().orElseThrow();
        StepDefinition step = frame.step();
        List<FieldError> signatureErrors = new ArrayList<>();
        Map<String, String> values = withSignatures(step, submission, signatureErrors);
        long[] calledVersion = {0};
        RunEngine engine = new RunEngine(key -> published.current(key).map(f -> {
            calledVersion[0] = f.versionId();
            return f.document();
        }));
        StepResult result = engine.submit(state, new Submission(submission.sequence(), values, submission.checked()));
        if (result instanceof StepResult.Refused || !signatureErrors.isEmpty()) {
            List<FieldError> errors = new ArrayList<>(signatureErrors);
            Set<String> signatureFields = signatureErrors.stream().map(FieldError::field).collect(Collectors.toSet());
            if (result instanceof StepResult.Refused refused) {
                refused.errors().stream().filter(e -> !signatureFields.contains(e.field())).forEach(errors::add);
            }
            return new Moving(null, new SubmitResult(view(session, state), errors, false));
        }
        RunState after = ((StepResult.Moved) result).state();
        if (step.promotionSlot()) {
            List<OfferProblem> problems = offers.record(new OfferRecording(session.publicId(), submission.sequence(),
                    session.branchId(), frame.flow().key(), step.key(),
                    session.customerGrade(), session.practice(), step.offerLimit(), submission.offers()));
            if (!problems.isEmpty()) {
                List<FieldError> errors = problems.stream().map(p -> new FieldError(p.field(), p.messageKey())).toList();
                return new Moving(null, new SubmitResult(view(session, state), errors, false));
            }
        }
        Instant now = clock.instant();
        stepWrites.insert(new StepRecordEntity(session.id(), session.branchId(), submission.sequence(),
                StepRecordEntity.Kind.SUBMIT, frame.flow().key(), step.key(), step.title(),
                personal.shown(step, values), personal.sealed(step, values), checked(submission.checked()),
                calledVersion[0] == 0 ? null : calledVersion[0], actor, now, millisSince(session, now)));
        for (SignatureCapture signature : submission.signatures()) {
            signatures.save(new StepSignatureEntity(session.id(), session.branchId(), submission.sequence(),
                    signature.inputKey(), signature.party(), signature.onPaper() ? InputRules.SIGNED_ON_PAPER : InputRules.SIGNED_ON_PAD,
                    signature.onPaper() ? null : signature.pngBase64(), now));
        }
        String idHash = step.inputs().stream().filter(i -> i.type() == InputType.RESIDENT_ID)
                .map(i -> values.get(i.key())).filter(v -> v != null && !v.isBlank()).findFirst()
                .map(idNumber -> personal.hash(idNumber.trim())).orElse(null);
        return written(session, submission.sequence(), after, idHash, now);
    }

    /** Writes the session row's move, conditional on where this node believes it stands. */
    private Moving written(SessionSnapshot session, int sequence, RunState after, String idHash, Instant now) {
        SessionSnapshot moved;
        int rows;
        if (after.ended()) {
            String receipt = session.practice() ? null : receipts.next(session.branchId(), session.branchCode(),
                    LocalDate.ofInstant(now, ClockConfiguration.BUSINESS_ZONE));
            rows = stepWrites.end(session.id(), sequence, after.sequence(), after.outcome().name(), receipt, now, idHash,
                    !session.practice());
            moved = session.ended(after.sequence(), after.outcome().name(), receipt, now);
            if (rows == 1 && !session.practice()) {
                events.publishEvent(new EndedSessions.EndCommitting());
            }
        } else {
            String position = position(after);
            rows = stepWrites.advance(session.id(), sequence, after.sequence(), position, now, idHash);
            moved = session.advanced(after.sequence(), position, now);
        }
        if (rows != 1) {
            throw new MovedElsewhere();
        }
        return new Moving(moved, after, new SubmitResult(view(moved, after), List.of(), false));
    }

    /**
     * What the listeners of ended sessions are told about these, rebuilt from their stored steps
     * (read for all of them at once, as are their offers): where an abandoned one stood, the
     * checklist items a completed one left unticked on its final path (optional ones: the engine
     * enforces the mandatory), and the offers answered on that path.
     */
    List<SessionEnded> endedOf(List<ServiceSessionEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StepRecordEntity>> stepsBySession = new HashMap<>();
        records.findBySessionIdInOrderBySequenceAsc(rows.stream().map(ServiceSessionEntity::getId).toList())
                .forEach(r -> stepsBySession.computeIfAbsent(r.getSessionId(), k -> new ArrayList<>()).add(r));
        Map<String, List<RecordedOffer>> offersBySession = offers.recorded(
                rows.stream().map(ServiceSessionEntity::getPublicId).toList());
        return rows.stream().map(row -> endedOf(SessionSnapshot.of(row),
                stepsBySession.getOrDefault(row.getId(), List.of()),
                offersBySession.getOrDefault(row.getPublicId(), List.of()))).toList();
    }

    private SessionEnded endedOf(SessionSnapshot session, List<StepRecordEntity> steps, List<RecordedOffer> answers) {
        Replay replay = replayOrKnown(session, steps);
        Integer target = published.byVersionId(session.flowVersionId()).document().targetMinutes();
        Instant end = session.endedAt();
        String abandonedAt = null;
        String abandonedAtTitle = null;
        List<SessionEnded.SkippedItem> skipped = new ArrayList<>();
        SessionStatus status = SessionStatus.valueOf(session.status().name());
        Set<Integer> onPath = new HashSet<>();
        for (RunState s = replay.state().previous(); s != null; s = s.previous()) {
            onPath.add(s.sequence());
        }
        List<SessionEnded.Offer> offersOnPath = answers.stream().filter(o -> onPath.contains(o.stepSequence()))
                .map(o -> new SessionEnded.Offer(o.packageId(), o.packageCode(), o.packageName(), o.outcome()))
                .toList();
        if (status == SessionStatus.ABANDONED) {
            Optional<Frame> at = replay.state().current();
            abandonedAt = at.map(f -> f.flow().key() + "/" + f.step().key()).orElse(null);
            abandonedAtTitle = at.map(f -> f.step().title()).orElse(null);
        } else {
            Map<Integer, StepRecordEntity> bySequence = new HashMap<>();
            replay.steps().forEach(r -> bySequence.put(r.getSequence(), r));
            for (RunState s = replay.state().previous(); s != null; s = s.previous()) {
                Optional<Frame> frame = s.current();
                StepRecordEntity answered = bySequence.get(s.sequence());
                if (frame.isEmpty() || answered == null || answered.getKind() != StepRecordEntity.Kind.SUBMIT) {
                    continue;
                }
                Set<Integer> ticked = parse(answered.getCheckedItems());
                StepDefinition step = frame.get().step();
                for (int i = 0; i < step.checklist().size(); i++) {
                    if (!ticked.contains(i)) {
                        skipped.add(new SessionEnded.SkippedItem(frame.get().flow().key(), step.key(), i,
                                step.checklist().get(i).text()));
                    }
                }
            }
        }
        return new SessionEnded(session.publicId(), session.branchId(), session.clerkId(), session.clerkDisplayName(),
                session.flowKey(), target, session.practice(), status, session.outcome(), session.startedAt(), end,
                LocalDate.ofInstant(end, ClockConfiguration.BUSINESS_ZONE), abandonedAt, abandonedAtTitle, skipped,
                offersOnPath);
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
            ServiceSessionEntity session = load(id);
            if (session.getStatus() != ServiceSessionEntity.Status.IN_PROGRESS) {
                throw new BusinessException("flowexecution.run.ended");
            }
            RunState state = state(SessionSnapshot.of(session));
            session.abandon(why, clock.instant());
            cache.forget(id);
            if (!session.isPractice()) {
                events.publishEvent(new EndedSessions.EndCommitting());
            }
            return view(SessionSnapshot.of(session), state);
        });
    }

    /** The caller's sessions still in progress, newest first, to resume from the counter home. */
    @PreAuthorize(COUNTER)
    public List<SessionSummary> myInProgress() {
        long clerkId = currentUser.require().id();
        return readTx.execute(status -> sessions.findByClerkIdAndStatusOrderByStartedAtDesc(clerkId,
                ServiceSessionEntity.Status.IN_PROGRESS).stream().map(ServiceSessionService::summary).toList());
    }

    /** Sessions of the caller's branch (a manager) or of any branch (head office), newest first. */
    @PreAuthorize(SUPERVISOR)
    public List<SessionSummary> records(RecordFilter filter, Pageable page) {
        Optional<Long> scope = currentUser.branchScope();
        return readTx.execute(status -> queries.find(filter, scope, page).stream()
                .map(ServiceSessionService::summary).toList());
    }

    @PreAuthorize(SUPERVISOR)
    public long count(RecordFilter filter) {
        Optional<Long> scope = currentUser.branchScope();
        Long counted = readTx.execute(status -> queries.count(filter, scope));
        return counted == null ? 0 : counted;
    }

    /** A session in full: for the receipt (its branch's staff) and the record detail (supervisors). */
    @PreAuthorize("isAuthenticated()")
    public SessionRecord record(String id) {
        return readTx.execute(status -> {
            SessionSnapshot session = SessionSnapshot.of(load(id));
            return record(session, replayOrKnown(session));
        });
    }

    /**
     * The session's replay; when this node holds the run state at the row's step (a receipt shown
     * right after the last step), that state with the stored steps, without replaying them.
     */
    private Replay replayOrKnown(SessionSnapshot session) {
        return replayOrKnown(session, records.findBySessionIdOrderBySequenceAsc(session.id()));
    }

    private Replay replayOrKnown(SessionSnapshot session, List<StepRecordEntity> steps) {
        RunStateCache.Entry known = cache.get(session.publicId());
        if (known == null || known.session().sequence() != session.sequence()
                || known.session().status() != session.status()
                || steps.stream().anyMatch(r -> r.getSequence() >= session.sequence())) {
            // not known here, or the stored steps run past where the row stands: replay what is stored
            return replay(session, steps);
        }
        Map<String, FlowDocument> flows = new HashMap<>();
        FlowDocument root = published.byVersionId(session.flowVersionId()).document();
        flows.put(root.key(), root);
        steps.stream().map(StepRecordEntity::getCalledVersionId).filter(java.util.Objects::nonNull).distinct()
                .map(v -> published.byVersionId(v).document()).forEach(f -> flows.put(f.key(), f));
        return new Replay(known.state(), steps, flows);
    }

    /**
     * The full personal number entered at a step, for a supervisor who needs it; every reveal is
     * written to the audit log with who, which session and which field.
     */
    @PreAuthorize(SUPERVISOR)
    public String reveal(String id, int sequence, String inputKey) {
        String actor = currentUser.actorName();
        return tx.execute(status -> {
            ServiceSessionEntity session = load(id);
            StepRecordEntity step = records.findBySessionIdOrderBySequenceAsc(session.getId()).stream()
                    .filter(r -> r.getSequence() == sequence).findFirst()
                    .orElseThrow(() -> new BusinessException("flowexecution.reveal.notFound"));
            String sealed = personal.sealedOf(step.getSealedValues()).get(inputKey);
            if (sealed == null) {
                throw new BusinessException("flowexecution.reveal.notFound");
            }
            String masked = personal.shownOf(step.getShownValues()).get(inputKey);
            audit.record(actor, "PERSONAL_DATA_REVEALED", "session " + id,
                    "step " + sequence + " " + step.getStepKey() + "." + inputKey + " " + masked);
            return personal.open(sealed);
        });
    }

    private SubmitResult movedOn(String id, int sequence, RuntimeException cause) {
        RunningSession now = open(id);
        if (now.sequence() == sequence && now.running()) {
            throw cause;
        }
        return new SubmitResult(now, List.of(), true);
    }

    /**
     * The signature inputs' values for the engine ({@code PAD} or {@code PAPER}) from the
     * captures, after checking every party of a required signature signed and each drawing is a PNG.
     */
    private static Map<String, String> withSignatures(StepDefinition step, StepSubmission submission,
                                                      List<FieldError> errors) {
        Map<String, String> values = new HashMap<>(submission.values());
        for (InputDefinition input : step.inputs()) {
            if (input.type() != InputType.SIGNATURE) {
                continue;
            }
            values.remove(input.key());
            List<SignatureCapture> captures = submission.signatures().stream()
                    .filter(s -> s.inputKey().equals(input.key())).toList();
            if (captures.stream().anyMatch(c -> !c.onPaper() && !isPng(c.pngBase64()))) {
                errors.add(new FieldError(input.key(), "flowexecution.signature.invalid"));
                continue;
            }
            Set<String> signed = captures.stream().map(SignatureCapture::party).collect(Collectors.toSet());
            boolean complete = !captures.isEmpty() && signed.containsAll(input.parties());
            if (!complete && (input.required() || !captures.isEmpty())) {
                errors.add(new FieldError(input.key(), "flowexecution.signature.missing"));
                continue;
            }
            if (complete) {
                values.put(input.key(), captures.stream().allMatch(SignatureCapture::onPaper)
                        ? InputRules.SIGNED_ON_PAPER : InputRules.SIGNED_ON_PAD);
            }
        }
        return values;
    }

    private static boolean isPng(String base64) {
        if (base64 == null || !base64.startsWith(PNG_MAGIC) || base64.length() > MAX_SIGNATURE_BYTES * 4 / 3) {
            return false;
        }
        try {
            Base64.getDecoder().decode(base64);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Loads a session the caller may reach: their own, or their branch's, or any for head office. */
    private ServiceSessionEntity load(String id) {
        ServiceSessionEntity session = sessions.findByPublicId(id == null ? "" : id)
                .orElseThrow(() -> new BusinessException("flowexecution.session.notFound"));
        String caller = SecurityContextHolder.getContext().getAuthentication().getName();
        if (caller.equals(session.getClerkName())) {
            return session;
        }
        Optional<Long> scope = currentUser.branchScope();
        if (scope.isPresent() && scope.get() != session.getBranchId()) {
            throw new BusinessException("flowexecution.session.notFound");
        }
        return session;
    }

    /** The run state: from this node's cache when it is current, else replayed from the records. */
    private RunState state(SessionSnapshot session) {
        RunStateCache.Entry cached = cache.get(session.publicId());
        if (cached != null && cached.session().sequence() == session.sequence()) {
            return cached.state();
        }
        RunState state = replay(session).state();
        cache.put(session, state);
        return state;
    }

    private Replay replay(SessionSnapshot session) {
        return replay(session, records.findBySessionIdOrderBySequenceAsc(session.id()));
    }

    private Replay replay(SessionSnapshot session, List<StepRecordEntity> steps) {
        FlowDocument root = published.byVersionId(session.flowVersionId()).document();
        Map<String, FlowDocument> flows = new HashMap<>();
        flows.put(root.key(), root);
        RunState state = new RunEngine(k -> Optional.empty()).start(root);
        for (StepRecordEntity step : steps) {
            StepResult result;
            if (step.getKind() == StepRecordEntity.Kind.BACK) {
                result = new RunEngine(k -> Optional.empty()).back(state);
            } else {
                Long called = step.getCalledVersionId();
                RunEngine engine = new RunEngine(key -> {
                    if (called == null) {
                        return Optional.empty();
                    }
                    FlowDocument callee = published.byVersionId(called).document();
                    flows.put(callee.key(), callee);
                    return Optional.of(callee);
                });
                result = engine.submit(state, new Submission(step.getSequence(),
                        personal.opened(step.getShownValues(), step.getSealedValues()), parse(step.getCheckedItems())));
            }
            if (!(result instanceof StepResult.Moved moved)) {
                throw new IllegalStateException("session " + session.publicId() + " does not replay at step "
                        + step.getSequence() + ": " + result);
            }
            state = moved.state();
        }
        return new Replay(state, steps, flows);
    }

    private RunningSession view(SessionSnapshot session, RunState state) {
        Optional<Frame> frame = state.current();
        boolean running = session.running() && !state.ended();
        boolean canGoBack = running && state.previous() != null
                && !state.currentStep().map(StepDefinition::noBack).orElse(false)
                && !state.previous().currentStep().map(StepDefinition::noBack).orElse(true);
        Map<Integer, Map<String, String>> entered = new HashMap<>();
        state.history().stream().filter(h -> h.kind() == HistoryEntry.Kind.SUBMITTED)
                .forEach(h -> entered.put(h.sequence(), h.values()));
        List<RunningSession.PathStep> path = new ArrayList<>();
        for (RunState s = state.previous(); s != null; s = s.previous()) {
            Map<String, String> answers = entered.getOrDefault(s.sequence(), Map.of());
            s.current().ifPresent(f -> path.add(0, new RunningSession.PathStep(f.flow().name(), f.step().title(),
                    labelled(f.step(), answers, true))));
        }
        Map<String, String> placeholders = new LinkedHashMap<>();
        putIfPresent(placeholders, "customer.name", session.customerName());
        putIfPresent(placeholders, "customer.mobile", session.mobileMasked());
        putIfPresent(placeholders, "customer.grade", session.customerGrade());
        frame.ifPresent(f -> f.values().forEach((key, value) -> placeholders.put("input." + key,
                PersonalValues.mask(inputType(f.flow(), key), value))));
        return new RunningSession(session.publicId(), session.flowKey(), session.flowName(),
                session.flowVersionNumber(), session.practice(), SessionStatus.valueOf(session.status().name()),
                session.outcome(), session.branchId(), session.clerkName(), session.customerName(),
                session.customerGrade(), session.mobileMasked(), session.startedAt(),
                session.stepEnteredAt(), state.stack().isEmpty() ? null : state.stack().get(0).flow().targetMinutes(),
                session.sequence(), state.breadcrumb(), running ? frame.map(Frame::step).orElse(null) : null,
                running ? frame.map(f -> f.flow().key()).orElse(null) : null, canGoBack, frame.map(f -> f.stepIndex() + 1).orElse(0),
                frame.map(f -> f.flow().steps().size()).orElse(0), path, placeholders, session.receiptNo());
    }

    private SessionRecord record(SessionSnapshot session, Replay replay) {
        Set<Integer> onPath = new TreeSet<>();
        List<SessionRecord.DoneStep> done = new ArrayList<>();
        List<SessionRecord.Amount> amounts = new ArrayList<>();
        Map<Integer, StepRecordEntity> bySequence = replay.steps().stream()
                .collect(Collectors.toMap(StepRecordEntity::getSequence, r -> r));
        for (RunState s = replay.state().previous(); s != null; s = s.previous()) {
            Optional<Frame> frame = s.current();
            StepRecordEntity answered = bySequence.get(s.sequence());
            if (frame.isEmpty() || answered == null) {
                continue;
            }
            onPath.add(s.sequence());
            Map<String, String> shown = personal.shownOf(answered.getShownValues());
            StepDefinition step = frame.get().step();
            List<SessionRecord.Amount> stepAmounts = step.inputs().stream()
                    .filter(i -> i.type() == InputType.MONEY && shown.get(i.key()) != null)
                    .map(i -> new SessionRecord.Amount(i.label(), new java.math.BigDecimal(shown.get(i.key()))))
                    .toList();
            amounts.addAll(0, stepAmounts);
            done.add(0, new SessionRecord.DoneStep(frame.get().flow().name(), step.title(),
                    labelled(step, shown, false)));
        }
        List<SessionRecord.TimelineEntry> timeline = new ArrayList<>();
        Map<Integer, String> titles = new HashMap<>();
        for (StepRecordEntity r : replay.steps()) {
            titles.put(r.getSequence(), r.getStepTitle());
            Optional<StepDefinition> step = Optional.ofNullable(replay.flows().get(r.getFlowKey()))
                    .flatMap(f -> f.step(r.getStepKey()));
            Map<String, String> shown = personal.shownOf(r.getShownValues());
            Map<String, String> labelled = step.map(st -> labelled(st, shown, false)).orElse(Map.of());
            List<String> checked = new ArrayList<>();
            step.ifPresent(st -> {
                for (Integer index : parse(r.getCheckedItems())) {
                    if (index < st.checklist().size()) {
                        checked.add(st.checklist().get(index).text());
                    }
                }
            });
            timeline.add(new SessionRecord.TimelineEntry(r.getSequence(), r.getKind() == StepRecordEntity.Kind.BACK,
                    r.getFlowKey(), r.getStepKey(), r.getStepTitle(), r.getActor(), r.getSubmittedAt(),
                    r.getDurationMs(), labelled, List.copyOf(personal.sealedOf(r.getSealedValues()).keySet()),
                    checked, r.getKind() == StepRecordEntity.Kind.SUBMIT && !onPath.contains(r.getSequence())));
        }
        List<SessionRecord.Signature> signed = signatures.findBySessionIdOrderBySequenceAscIdAsc(session.id())
                .stream().filter(s -> onPath.contains(s.getSequence()))
                .map(s -> new SessionRecord.Signature(s.getSequence(), titles.get(s.getSequence()), s.getParty(),
                        InputRules.SIGNED_ON_PAPER.equals(s.getMethod()), s.getImageBase64(), s.getSignedAt())).toList();
        List<RecordedOffer> answered = offers.recorded(session.publicId()).stream()
                .filter(o -> onPath.contains(o.stepSequence())).toList();
        return new SessionRecord(summary(session), session.flowVersionNumber(), session.customerGrade(),
                session.abandonReason(), timeline, signed, done, amounts, answered);
    }

    /**
     * A step's entered values by input label, as records and the path show them: signatures left
     * out (they are listed apart), yes/no as ticks, personal numbers masked when {@code mask}
     * (stored values are masked already).
     */
    private static Map<String, String> labelled(StepDefinition step, Map<String, String> values, boolean mask) {
        Map<String, String> labelled = new LinkedHashMap<>();
        for (InputDefinition input : step.inputs()) {
            String value = values.get(input.key());
            if (value != null && !value.isBlank() && input.type() != InputType.SIGNATURE) {
                String shown = mask ? PersonalValues.mask(input.type(), value.trim()) : value;
                labelled.put(input.label(), display(input, shown));
            }
        }
        return labelled;
    }

    private static String display(InputDefinition input, String value) {
        return input.type() == InputType.YES_NO ? ("true".equals(value) ? "✓" : "✗") : value;
    }

    static SessionSummary summary(ServiceSessionEntity s) {
        return summary(SessionSnapshot.of(s));
    }

    static SessionSummary summary(SessionSnapshot s) {
        return new SessionSummary(s.publicId(), s.flowKey(), s.flowName(), s.branchId(), s.clerkName(),
                s.clerkDisplayName(), s.practice(), SessionStatus.valueOf(s.status().name()), s.outcome(),
                s.currentStep(), s.customerName(), s.mobileMasked(), s.startedAt(), s.endedAt(), s.receiptNo());
    }

    private static InputType inputType(FlowDocument flow, String key) {
        for (StepDefinition step : flow.steps()) {
            for (InputDefinition input : step.inputs()) {
                if (input.key().equals(key)) {
                    return input.type();
                }
            }
        }
        return InputType.TEXT;
    }

    /** Where the run stands, for lists: "flow key / step title". */
    private static String position(RunState state) {
        return state.current().map(f -> truncate(f.flow().name() + " / " + f.step().title(), 140)).orElse(null);
    }

    private static long millisSince(SessionSnapshot session, Instant now) {
        return Math.max(0, Duration.between(session.stepEnteredAt(), now).toMillis());
    }

    private static String checked(Set<Integer> checked) {
        return checked.isEmpty() ? null : new TreeSet<>(checked).stream().map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    private static Set<Integer> parse(String checked) {
        if (checked == null || checked.isBlank()) {
            return Set.of();
        }
        Set<Integer> indexes = new TreeSet<>();
        for (String part : checked.split(",")) {
            indexes.add(Integer.parseInt(part.trim()));
        }
        return indexes;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /** What a move wrote: the session and state to cache (null when nothing was written) and the answer. */
    private record Moving(SessionSnapshot session, RunState state, SubmitResult result) {
        Moving(RunState state, SubmitResult result) {
            this(null, state, result);
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

    private record Replay(RunState state, List<StepRecordEntity> steps, Map<String, FlowDocument> flows) {
    }
}
