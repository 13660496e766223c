package com.hallflow.flowexecution;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.CustomerField;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowexecution.internal.NotReplayable;
import com.hallflow.flowexecution.internal.PersonalValues;
import com.hallflow.flowexecution.internal.SessionAccess;
import com.hallflow.flowexecution.internal.SessionProjections;
import com.hallflow.flowexecution.internal.SessionQueries;
import com.hallflow.flowexecution.internal.SessionReplay;
import com.hallflow.flowexecution.internal.SessionSnapshot;
import com.hallflow.variant.FlowEditions;
import com.hallflow.variant.VariantLabel;
import com.hallflow.flowexecution.internal.StepRecordEntity;
import com.hallflow.flowexecution.internal.StepRecordRepository;
import com.hallflow.security.AnyStaff;
import com.hallflow.security.Supervisor;
import com.hallflow.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read side of service sessions: the branch records (a manager's branch, or every
 * branch for head office), a session in full for the record detail and the receipt, and
 * the audited reveal of a personal number or the customer's name. A session whose stored
 * steps no longer replay is still shown, as recorded.
 */
@Service
public class SessionRecordService {

	private final FlowEditions editions;

	private final SessionAccess access;

	private final SessionQueries queries;

	private final SessionReplay replays;

	private final SessionProjections projections;

	private final StepRecordRepository records;

	private final PersonalValues personal;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final TransactionTemplate readTx;

	@SuppressWarnings("java:S107") // the collaborators of the record side
	SessionRecordService(SessionAccess access, SessionQueries queries, SessionReplay replays,
			SessionProjections projections, StepRecordRepository records, PersonalValues personal,
			CurrentUser currentUser, AuditLog audit, PlatformTransactionManager transactions, FlowEditions editions) {
		this.editions = editions;
		this.access = access;
		this.queries = queries;
		this.replays = replays;
		this.projections = projections;
		this.records = records;
		this.personal = personal;
		this.currentUser = currentUser;
		this.audit = audit;
		this.tx = new TransactionTemplate(transactions);
		this.readTx = new TransactionTemplate(transactions);
		this.readTx.setReadOnly(true);
	}

	/**
	 * Sessions of the caller's branch (a manager) or of any branch (head office), newest
	 * first.
	 */
	@Supervisor
	public List<SessionSummary> records(RecordFilter filter, Pageable page) {
		Optional<Long> scope = currentUser.branchScope();
		return readTx.execute(status -> queries.find(filter, scope, page)
			.stream()
			.map(row -> SessionProjections.summary(SessionSnapshot.of(row)))
			.toList());
	}

	@Supervisor
	public long count(RecordFilter filter) {
		Optional<Long> scope = currentUser.branchScope();
		Long counted = readTx.execute(status -> queries.count(filter, scope));
		return counted == null ? 0 : counted;
	}

	/**
	 * A session in full: for the receipt (its branch's staff) and the record detail
	 * (supervisors). When its steps no longer replay, every stored step as recorded,
	 * marked not replayable.
	 */
	@AnyStaff
	public SessionRecord record(String id) {
		return readTx.execute(status -> {
			SessionSnapshot session = access.load(id);
			List<StepRecordEntity> steps = records.findBySessionIdOrderBySequenceAsc(session.id());
			List<VariantLabel> variants = editions.labels(session.flowVersionId());
			try {
				return projections.record(session, replays.replayOrKnown(session, steps)).withVariants(variants);
			}
			catch (NotReplayable e) {
				return projections.unreplayed(session, steps, replays.documents(session, steps)).withVariants(variants);
			}
		});
	}

	/**
	 * The full personal number (or name) entered at a step, for a supervisor who needs it
	 * and says why; every reveal is written to the audit log with who, why, which session
	 * (by its receipt number, the customer masked as the records show it) and which
	 * field.
	 */
	@Supervisor
	public String reveal(String id, int sequence, String inputKey, RevealReason reason) {
		requireReason(reason);
		String actor = currentUser.actorName();
		return tx.execute(status -> {
			SessionSnapshot session = access.load(id);
			StepRecordEntity step = records.findBySessionIdAndSequence(session.id(), sequence)
				.orElseThrow(() -> new BusinessException("flowexecution.reveal.notFound"));
			String sealed = personal.sealedOf(step.getSealedValues()).get(inputKey);
			if (sealed == null) {
				throw new BusinessException("flowexecution.reveal.notFound");
			}
			String masked = personal.shownOf(step.getShownValues()).get(inputKey);
			audit.record(actor, AuditAction.PERSONAL_DATA_REVEALED, subject(session),
					revealed(session)
						.value(AuditField.STEP, step.getStepTitle() != null ? step.getStepTitle() : step.getStepKey())
						.value(AuditField.INPUT, inputLabel(session, step, inputKey))
						.value(AuditField.VALUE, masked)
						.value(AuditField.REASON, reason)
						.json());
			return personal.open(sealed);
		});
	}

	/**
	 * The customer's full name as given at the start of the session, for a supervisor who
	 * needs it and says why; audited like {@link #reveal}.
	 */
	@Supervisor
	public String revealName(String id, RevealReason reason) {
		requireReason(reason);
		String actor = currentUser.actorName();
		return tx.execute(status -> {
			SessionSnapshot session = access.load(id);
			if (session.customerName().sealed() == null) {
				throw new BusinessException("flowexecution.reveal.noName");
			}
			audit.record(actor, AuditAction.PERSONAL_DATA_REVEALED, subject(session),
					revealed(session).value(AuditField.INPUT, AuditDetail.words(CustomerField.NAME.messageKey()))
						.value(AuditField.VALUE, session.customerName().masked())
						.value(AuditField.REASON, reason)
						.json());
			return session.customerName().full(personal::open);
		});
	}

	private static void requireReason(RevealReason reason) {
		if (reason == null) {
			throw BusinessException.forField("reason", "flowexecution.reveal.reasonRequired");
		}
	}

	private static String subject(SessionSnapshot session) {
		return session.receiptNo() != null ? session.receiptNo() : session.publicId();
	}

	/**
	 * What every reveal records first: the session's receipt and the customer, masked.
	 */
	private static AuditDetail.Builder revealed(SessionSnapshot session) {
		return AuditDetail.builder()
			.value(AuditField.RECEIPT,
					session.receiptNo() != null ? session.receiptNo()
							: AuditDetail.words("flowexecution.practice.badge"))
			.value(AuditField.CUSTOMER, session.customerMasked());
	}

	/**
	 * The input's label in the flow the step belongs to; its key if the flow has none.
	 */
	private String inputLabel(SessionSnapshot session, StepRecordEntity step, String inputKey) {
		FlowDocument document = replays.documents(session, records.findBySessionIdOrderBySequenceAsc(session.id()))
			.get(step.getFlowKey());
		return Optional.ofNullable(document)
			.flatMap(d -> d.step(step.getStepKey()))
			.flatMap(s -> s.inputs().stream().filter(in -> in.key().equals(inputKey)).findFirst())
			.map(InputDefinition::label)
			.orElse(inputKey);
	}

}
