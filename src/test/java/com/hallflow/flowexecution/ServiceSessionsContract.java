package com.hallflow.flowexecution;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.base.AuditEntry;
import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ResidentId;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.internal.RunStateCache;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.SecondNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Guided sessions on every database the application supports; see the H2 and MariaDB
 * subclasses.
 */
abstract class ServiceSessionsContract {

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	SessionRecordService sessionRecords;

	@Autowired
	RunStateCache cache;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	FlowDesignService flows;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	BranchSummary branch;

	UserSummary clerk;

	@BeforeEach
	void signInAsClerk() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		branch = fixtures.branch("受理测试厅");
		clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		Fixtures.signIn(clerk);
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	@Test
	void a_session_resumes_at_the_same_step_with_its_values_in_a_new_application_context() {
		RunningSession session = sessions
			.start(new StartSessionCommand("PLAN_CHANGE", false, "王先生", Clerk.MOBILE, "GOLD"));
		Clerk counter = new Clerk(sessions);
		session = counter.next(counter.next(counter.next(session)));
		assertThat(session.currentStep().key()).isEqualTo("verify-password");

		SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
		try (ConfigurableApplicationContext second = SecondNode.start(environment)) {
			ServiceSessionService elsewhere = second.getBean(ServiceSessionService.class);
			RunningSession resumed = elsewhere.open(session.id());
			assertThat(resumed.currentStep().key()).isEqualTo("verify-password");
			assertThat(resumed.sequence()).isEqualTo(session.sequence());
			assertThat(resumed.path()).extracting(RunningSession.PathStep::stepTitle)
				.containsExactly("迎宾问候", "查询号码状态", "讲解变更内容");
			// the path shows the number masked; the script, read aloud to this customer
			// by the
			// clerk who entered it, says it in full (opened on the other node too)
			assertThat(resumed.path().get(1).values()).containsValue("138****5678");
			assertThat(resumed.placeholders()).containsEntry("input.mobile", Clerk.MOBILE)
				.containsEntry("customer.mobile", Clerk.MOBILE)
				.containsEntry("customer.name", "王先生");
			RunningSession done = new Clerk(elsewhere).finish(resumed);
			assertThat(done.outcome()).isEqualTo("COMPLETED");

			// this node still holds the session at verify-password: its answer must not
			// count
			SubmitResult stale = sessions.submit(session.id(), new Clerk(sessions).fill(session));
			assertThat(stale.movedElsewhere()).isTrue();
			assertThat(stale.session().status()).isEqualTo(SessionStatus.ENDED);
		}
		finally {
			// the second context installs its own holder strategy; this context's
			// security uses the first
			SecurityContextHolder.setContextHolderStrategy(strategy);
			Fixtures.signIn(clerk);
		}
	}

	@Test
	void what_the_clerk_entered_on_the_current_step_survives_a_reload_but_is_no_step_and_goes_with_the_next_move() {
		RunningSession session = sessions.start(StartSessionCommand.of("NEW_SUBSCRIPTION"));
		Clerk counter = new Clerk(sessions);
		while (!session.currentStep().key().equals("verify-identity")) {
			session = counter.next(session);
		}
		int recorded = jdbc.queryForObject("select count(*) from step_record", Integer.class);
		sessions.keepDraft(session.id(), session.sequence(), Map.of("idNumber", Clerk.ID_NUMBER), Set.of(0));

		RunningSession reloaded = sessions.open(session.id());
		assertThat(reloaded.prefill()).containsEntry("idNumber", Clerk.ID_NUMBER);
		assertThat(reloaded.ticked()).containsExactly(0);
		assertThat(jdbc.queryForObject("select count(*) from step_record", Integer.class)).isEqualTo(recorded);
		// kept encrypted: the ID number is nowhere in the row as text
		assertThat(jdbc.queryForObject("select draft_values from service_session where public_id = ?", String.class,
				session.id()))
			.doesNotContain(Clerk.ID_NUMBER);

		// only the clerk serving the session sees or keeps a draft
		UserSummary manager = fixtures.user(StaffRole.BRANCH_MANAGER, branch.id());
		Fixtures.signIn(manager);
		assertThat(sessions.open(session.id()).prefill()).doesNotContainKey("idNumber");
		Fixtures.signIn(clerk);

		// a draft for a step the session has left is not kept
		RunningSession moved = counter.next(reloaded);
		sessions.keepDraft(session.id(), session.sequence(), Map.of("idNumber", Clerk.ID_NUMBER), Set.of(0));
		assertThat(sessions.open(session.id()).prefill()).doesNotContainKey("idNumber");
		assertThat(jdbc.queryForObject("select draft_values from service_session where public_id = ?", String.class,
				moved.id()))
			.isNull();
	}

	@Test
	void two_submissions_of_the_same_step_at_once_are_recorded_once() throws Exception {
		RunningSession session = sessions.start(StartSessionCommand.of("BILL_PAYMENT"));
		session = new Clerk(sessions).next(session);
		StepSubmission submission = new Clerk(sessions).fill(session);
		SecurityContext signedIn = SecurityContextHolder.getContext();
		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<SubmitResult>> results = new ArrayList<>();
		String id = session.id();
		for (int i = 0; i < 2; i++) {
			results.add(pool.submit(() -> {
				SecurityContextHolder.setContext(signedIn);
				ready.countDown();
				go.await();
				return sessions.submit(id, submission);
			}));
		}
		ready.await();
		go.countDown();
		List<SubmitResult> answers = new ArrayList<>();
		for (Future<SubmitResult> result : results) {
			answers.add(result.get());
		}
		pool.shutdown();

		assertThat(answers).filteredOn(SubmitResult::accepted).hasSize(1);
		assertThat(answers).filteredOn(SubmitResult::movedElsewhere).hasSize(1);
		assertThat(jdbc.queryForObject("""
				select count(*) from step_record r join service_session s on s.id = r.session_id
				where s.public_id = ? and r.sequence = ?""", Integer.class, id, submission.sequence())).isEqualTo(1);
		assertThat(sessions.open(id).sequence()).isEqualTo(submission.sequence() + 1);
	}

	@Test
	void a_running_session_keeps_its_version_when_a_new_one_is_published() {
		String key = Fixtures.unique("PINNED_").toUpperCase();
		publish(key, "v1-first", "v1-second");
		RunningSession session = sessions.start(StartSessionCommand.of(key));
		session = new Clerk(sessions).next(session);
		publish(key, "v2-only");

		RunningSession reopened = sessions.open(session.id());
		assertThat(reopened.versionNumber()).isEqualTo(1);
		assertThat(reopened.currentStep().key()).isEqualTo("v1-second");
		RunningSession fresh = sessions.start(StartSessionCommand.of(key));
		assertThat(fresh.versionNumber()).isEqualTo(2);
		assertThat(fresh.currentStep().key()).isEqualTo("v2-only");
		assertThat(new Clerk(sessions).finish(reopened).outcome()).isEqualTo("COMPLETED");
	}

	@Test
	void a_clerk_of_another_branch_is_refused_and_head_office_may_read() {
		RunningSession session = sessions.start(StartSessionCommand.of("BILL_PAYMENT"));
		UserSummary elsewhere = fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("别的厅").id());
		Fixtures.signIn(elsewhere);
		assertThatThrownBy(() -> sessions.open(session.id())).isInstanceOf(BusinessException.class)
			.hasFieldOrPropertyWithValue("messageKey", "flowexecution.session.notFound");
		assertThatThrownBy(() -> sessions.submit(session.id(), StepSubmission.of(1, Map.of())))
			.isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> sessionRecords.record(session.id())).isInstanceOf(BusinessException.class);
		UserSummary otherManager = fixtures.user(StaffRole.BRANCH_MANAGER, fixtures.branch("别的厅2").id());
		Fixtures.signIn(otherManager);
		assertThat(sessionRecords.records(RecordFilter.any(), Pageable.unpaged())).extracting(SessionSummary::id)
			.doesNotContain(session.id());
		assertThatThrownBy(() -> sessionRecords.reveal(session.id(), 1, "mobile", RevealReason.COMPLAINT))
			.isInstanceOf(BusinessException.class);

		UserSummary colleague = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		Fixtures.signIn(colleague);
		assertThat(sessions.open(session.id()).id()).isEqualTo(session.id());
		assertThatThrownBy(() -> sessionRecords.records(RecordFilter.any(), Pageable.unpaged()))
			.isInstanceOf(AccessDeniedException.class);

		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		assertThat(sessions.open(session.id()).id()).isEqualTo(session.id());
		assertThatThrownBy(() -> sessions.start(StartSessionCommand.of("BILL_PAYMENT")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void resident_ids_are_stored_encrypted_masked_and_hashed_and_a_reveal_is_audited() {
		RunningSession session = sessions.start(StartSessionCommand.of("ACCOUNT_CLOSURE"));
		RunningSession ended = new Clerk(sessions).finish(session);
		assertThat(ended.outcome()).isEqualTo("COMPLETED");

		List<Map<String, Object>> rows = jdbc.queryForList(
				"""
						select r.sequence, r.shown_values, r.sealed_values from step_record r
						join service_session s on s.id = r.session_id where s.public_id = ? and r.step_key = 'verify-identity'""",
				session.id());
		assertThat(rows).hasSize(1);
		String shown = (String) rows.get(0).get("shown_values");
		String sealed = (String) rows.get(0).get("sealed_values");
		assertThat(shown).contains(ResidentId.mask(Clerk.ID_NUMBER)).doesNotContain(Clerk.ID_NUMBER);
		assertThat(sealed).contains("v1:").doesNotContain(Clerk.ID_NUMBER);
		assertThat(jdbc.queryForObject("select id_number_hash from service_session where public_id = ?", String.class,
				session.id()))
			.hasSize(64);
		assertThat(jdbc.queryForObject(
				"select count(*) from service_session where public_id = ? and ("
						+ "mobile_encrypted like '%13812345678%' or mobile_masked like '%12345678%')",
				Integer.class, session.id()))
			.isZero();

		int sequence = ((Number) rows.get(0).get("sequence")).intValue();
		assertThatThrownBy(() -> sessionRecords.reveal(session.id(), sequence, "idNumber", RevealReason.AUDIT))
			.isInstanceOf(AccessDeniedException.class);
		UserSummary manager = fixtures.user(StaffRole.BRANCH_MANAGER, branch.id());
		Fixtures.signIn(manager);
		// no reason, no number
		assertThatThrownBy(() -> sessionRecords.reveal(session.id(), sequence, "idNumber", null))
			.isInstanceOf(BusinessException.class)
			.hasFieldOrPropertyWithValue("messageKey", "flowexecution.reveal.reasonRequired");
		assertThat(sessionRecords.reveal(session.id(), sequence, "idNumber", RevealReason.AUDIT))
			.isEqualTo(Clerk.ID_NUMBER);
		AuditEntry entry = SystemAuthentication.callAsSystem(() -> audit.latest(1)).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.PERSONAL_DATA_REVEALED);
		assertThat(entry.actor()).isEqualTo(manager.username());
		// named by its receipt number, the field by its label, the reason in words
		assertThat(entry.target()).isEqualTo(ended.receiptNo());
		assertThat(entry.detail()).contains(ResidentId.mask(Clerk.ID_NUMBER), RevealReason.AUDIT.messageKey())
			.doesNotContain(Clerk.ID_NUMBER, session.id(), "idNumber");
		SessionRecord record = sessionRecords.record(session.id());
		assertThat(record.timeline()).flatExtracting(t -> t.values().values())
			.contains(ResidentId.mask(Clerk.ID_NUMBER))
			.doesNotContain(Clerk.ID_NUMBER);
	}

	@Test
	void receipts_are_numbered_per_branch_and_day_and_practice_gets_none() {
		RunningSession first = new Clerk(sessions).finish(sessions.start(StartSessionCommand.of("BILL_PAYMENT")));
		RunningSession second = new Clerk(sessions).finish(sessions.start(StartSessionCommand.of("BILL_PAYMENT")));
		RunningSession practice = new Clerk(sessions)
			.finish(sessions.start(new StartSessionCommand("BILL_PAYMENT", true, null, null, null)));
		String day = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"))
			.format(DateTimeFormatter.BASIC_ISO_DATE);
		assertThat(first.receiptNo()).isEqualTo(branch.code() + "-" + day + "-0001");
		assertThat(second.receiptNo()).isEqualTo(branch.code() + "-" + day + "-0002");
		assertThat(practice.receiptNo()).isNull();
		SessionRecord receipt = sessionRecords.record(first.id());
		assertThat(receipt.total()).isEqualByComparingTo("50.00");
		// MariaDB through the MySQL driver keeps whole seconds only (stack notes); MySQL
		// 8 keeps microseconds
		Instant startedSecond = first.startedAt().truncatedTo(ChronoUnit.SECONDS);
		assertThat(receipt.timeline()).allSatisfy(step -> {
			assertThat(step.durationMs()).isBetween(0L, 60_000L);
			assertThat(step.at()).isBetween(startedSecond, clock.instant().plusSeconds(1));
		});
		assertThat(receipt.summary().endedAt()).isBetween(startedSecond, clock.instant().plusSeconds(1));
		assertThat(receipt.signatures()).extracting(SessionRecord.Signature::party).containsExactly("客户");

		Fixtures.signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		RecordFilter realOnly = new RecordFilter(null, null, null, null, null, null, false);
		assertThat(sessionRecords.records(realOnly, Pageable.unpaged())).extracting(SessionSummary::id)
			.contains(first.id(), second.id())
			.doesNotContain(practice.id());
		assertThat(sessionRecords.count(RecordFilter.any())).isEqualTo(3);
	}

	@Test
	void going_back_discards_the_later_path_but_keeps_it_in_the_record() {
		Clerk counter = new Clerk(sessions).answer("suspended", "true");
		RunningSession session = counter.next(counter.next(sessions.start(StartSessionCommand.of("PLAN_CHANGE"))));
		assertThat(session.currentStep().key()).isEqualTo("suspended-notice");
		SubmitResult back = sessions.back(session.id(), session.sequence());
		assertThat(back.accepted()).isTrue();
		assertThat(back.session().currentStep().key()).isEqualTo("check-status");
		RunningSession done = new Clerk(sessions).finish(back.session());
		assertThat(done.breadcrumb()).isEmpty();
		SessionRecord record = sessionRecords.record(session.id());
		assertThat(record.timeline()).filteredOn(SessionRecord.TimelineEntry::undone)
			.extracting(SessionRecord.TimelineEntry::stepKey)
			.containsExactly("check-status");
		assertThat(record.timeline()).anyMatch(SessionRecord.TimelineEntry::wentBack);
		assertThat(record.done()).extracting(SessionRecord.DoneStep::stepTitle).doesNotContain("停机提示");
	}

	@Test
	void a_refused_step_writes_nothing_and_names_the_fields() {
		RunningSession session = new Clerk(sessions).next(sessions.start(StartSessionCommand.of("ACCOUNT_CLOSURE")));
		while (!session.currentStep().key().equals("verify-identity")) {
			session = new Clerk(sessions).next(session);
		}
		SubmitResult refused = sessions.submit(session.id(),
				StepSubmission.of(session.sequence(), Map.of("idNumber", "110105194912310021")));
		assertThat(refused.errors()).extracting(FieldError::field, FieldError::messageKey)
			.contains(Tuple.tuple("idNumber", "flowdesign.screen.residentId.checkCharacter"));
		assertThat(sessions.open(session.id()).sequence()).isEqualTo(session.sequence());
		assertThatThrownBy(() -> sessions.start(new StartSessionCommand("BILL_PAYMENT", false, null, "12345", null)))
			.isInstanceOf(BusinessException.class)
			.hasFieldOrPropertyWithValue("messageKey", "flowdesign.screen.mobile.invalid");
	}

	@Test
	void a_session_whose_stored_steps_no_longer_replay_cannot_be_resumed_and_its_records_are_kept() {
		Clerk counter = new Clerk(sessions);
		RunningSession session = counter.next(counter.next(sessions.start(StartSessionCommand.of("PLAN_CHANGE"))));
		Long row = jdbc.queryForObject("select id from service_session where public_id = ?", Long.class, session.id());
		Integer renamed = transaction.execute(status -> jdbc
			.update("update step_record set step_key = 'renamed-step' where session_id = ? and sequence = 2", row));
		assertThat(renamed).isOne();
		cache.forget(session.id()); // as another node, or this one after a restart, would
									// find it

		assertThatThrownBy(() -> sessions.open(session.id())).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.messageKey()).isEqualTo("flowexecution.session.notReplayable"));
		SessionRecord kept = sessionRecords.record(session.id());
		assertThat(kept.replayable()).isFalse();
		assertThat(kept.timeline()).extracting(SessionRecord.TimelineEntry::stepKey)
			.containsExactly("greet", "renamed-step");
		assertThat(sessions.abandon(session.id(), "记录无法还原").status()).isEqualTo(SessionStatus.ABANDONED);
	}

	@Test
	void a_colleague_moves_another_clerks_session_only_after_taking_it_over_which_is_audited() {
		Clerk counter = new Clerk(sessions);
		RunningSession session = counter.next(sessions.start(StartSessionCommand.of("BILL_PAYMENT")));
		UserSummary manager = fixtures.user(StaffRole.BRANCH_MANAGER, branch.id());
		Fixtures.signIn(manager);
		RunningSession watched = sessions.open(session.id());
		assertThat(watched.clerkName()).isEqualTo(clerk.username());
		StepSubmission filled = new Clerk(sessions).fill(watched);
		assertThatThrownBy(() -> sessions.submit(session.id(), filled)).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.messageKey()).isEqualTo("flowexecution.session.servedByOther"));
		assertThatThrownBy(() -> sessions.back(session.id(), watched.sequence())).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> sessions.abandon(session.id(), "客户离开")).isInstanceOf(BusinessException.class);
		assertThat(sessions.open(session.id()).sequence()).isEqualTo(session.sequence());

		// not from another branch, and head office does not serve
		Fixtures.signIn(fixtures.user(StaffRole.BRANCH_MANAGER, fixtures.branch("别的接管厅").id()));
		assertThatThrownBy(() -> sessions.takeOver(session.id())).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.messageKey()).isEqualTo("flowexecution.session.notFound"));
		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		assertThatThrownBy(() -> sessions.takeOver(session.id())).isInstanceOf(AccessDeniedException.class);

		Fixtures.signIn(manager);
		RunningSession taken = sessions.takeOver(session.id());
		assertThat(taken.clerkName()).isEqualTo(manager.username());
		assertThat(taken.sequence()).isEqualTo(session.sequence());
		AuditEntry entry = SystemAuthentication.callAsSystem(() -> audit.latest(1)).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.SESSION_TAKEN_OVER);
		assertThat(entry.actor()).isEqualTo(manager.username());
		assertThat(entry.detail()).contains(clerk.username(), manager.username());

		// the clerk who served it before is refused now
		Fixtures.signIn(clerk);
		assertThatThrownBy(() -> sessions.submit(session.id(), filled)).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.messageKey()).isEqualTo("flowexecution.session.servedByOther"));
		Fixtures.signIn(manager);
		RunningSession done = new Clerk(sessions).finish(taken);
		assertThat(done.outcome()).isEqualTo("COMPLETED");
		assertThat(sessionRecords.record(session.id()).summary().clerkName()).isEqualTo(manager.username());
	}

	@Test
	void a_session_taken_over_on_another_node_refuses_the_clerk_whose_node_still_caches_it() {
		RunningSession session = new Clerk(sessions).next(sessions.start(StartSessionCommand.of("BILL_PAYMENT")));
		UserSummary colleague = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		// as another node's takeOver writes it: this node's cache still names the first
		// clerk
		transaction.executeWithoutResult(status -> jdbc.update(
				"update service_session set clerk_id = ?, clerk_name = ?, clerk_display_name = ? where public_id = ?",
				colleague.id(), colleague.username(), colleague.displayName(), session.id()));
		assertThat(cache.get(session.id())).isNotNull();

		assertThatThrownBy(() -> sessions.submit(session.id(), new Clerk(sessions).fill(session)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("flowexecution.session.servedByOther"));
		Fixtures.signIn(colleague);
		assertThat(sessions.open(session.id()).sequence()).isEqualTo(session.sequence());
	}

	private void publish(String key, String... stepKeys) {
		SystemAuthentication.runAsSystem(() -> {
			Draft draft = flows.flows().stream().anyMatch(f -> f.key().equals(key)) ? flows.newDraftFrom(key, 1)
					: flows.create(new NewFlowCommand(key, "固定版本", null));
			var builder = flow(key);
			for (String step : stepKeys) {
				builder.step(step);
			}
			Draft saved = flows.saveDraft(key, draft.lockVersion(), builder.build());
			flows.publish(key, saved.lockVersion(), "发布", null);
		});
	}

}
