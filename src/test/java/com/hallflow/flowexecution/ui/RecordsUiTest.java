package com.hallflow.flowexecution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.ResidentId;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RevealReason;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.flowexecution.internal.RunStateCache;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

class RecordsUiTest extends KaribuTest {

	private static final String TITLE_OF_STEP_TWO = "查询号码状态";

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	RunStateCache cache;

	BranchSummary branch;

	UserSummary clerk;

	RunningSession closure;

	RunningSession practice;

	@BeforeEach
	void serveTwoCustomers() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		branch = fixtures.branch("记录厅");
		clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		signIn(clerk);
		closure = new Clerk(sessions).finish(sessions.start(StartSessionCommand.of("ACCOUNT_CLOSURE")));
		practice = new Clerk(sessions)
			.finish(sessions.start(new StartSessionCommand("BILL_PAYMENT", true, null, null, null)));
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
	}

	@Test
	void the_manager_filters_the_branch_records_and_practice_is_left_out_on_request() {
		UI.getCurrent().navigate(RecordsView.class);
		RecordsView view = _get(RecordsView.class);
		assertThat(GridKt._size(view.grid)).as("practice is left out unless asked for").isEqualTo(1);
		_setValue(view.practice, true);
		assertThat(GridKt._size(view.grid)).isEqualTo(2);
		_setValue(view.flow, "BILL_PAYMENT");
		assertThat(GridKt._size(view.grid)).isEqualTo(1);
		_setValue(view.flow, null);
		_setValue(view.outcome, "ABANDONED");
		assertThat(GridKt._size(view.grid)).isZero();
		_setValue(view.outcome, null);
		_setValue(view.clerk, clerk.username());
		assertThat(GridKt._size(view.grid)).isEqualTo(2);
		_setValue(view.clerk, "nobody");
		assertThat(GridKt._size(view.grid)).isZero();
	}

	@Test
	void the_record_shows_the_timeline_masked_and_a_reveal_is_audited() {
		UI.getCurrent().navigate(RecordDetailView.class, GuidedRunView.params(closure.id()));
		RecordDetailView view = _get(RecordDetailView.class);
		String page = view.getElement().toString();
		assertThat(page).contains(ResidentId.mask(Clerk.ID_NUMBER))
			.doesNotContain(Clerk.ID_NUMBER)
			.contains(closure.receiptNo());
		Button reveal = _get(Button.class, spec -> spec.withId(revealId(view)));
		_click(reveal);
		// a reason first, and a word that the look is recorded
		RevealDialog dialog = _get(RevealDialog.class);
		assertThat(dialog.show.isEnabled()).isFalse();
		assertThat(dialog.getElement().toString()).contains(zh("flowexecution.reveal.recorded"));
		assertThat(view.getElement().toString()).doesNotContain(Clerk.ID_NUMBER);
		_setValue(dialog.reason, RevealReason.COMPLAINT);
		_click(dialog.show);
		assertThat(view.getElement().toString()).contains(Clerk.ID_NUMBER);
		assertThat(SystemAuthentication.callAsSystem(() -> audit.latest(1)).get(0).detail()).contains("COMPLAINT");
		assertThat(SystemAuthentication.callAsSystem(() -> audit.latest(1)).get(0).action())
			.isEqualTo(AuditAction.PERSONAL_DATA_REVEALED);
	}

	@Test
	void a_manager_of_another_branch_sees_no_record() {
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, fixtures.branch("别的记录厅").id()));
		UI.getCurrent().navigate(RecordDetailView.class, GuidedRunView.params(closure.id()));
		assertThat(_get(Span.class, spec -> spec.withId("session-missing")).getText())
			.isEqualTo(zh("flowexecution.session.notFound"));
		UI.getCurrent().navigate(RecordsView.class);
		assertThat(GridKt._size(_get(RecordsView.class).grid)).isZero();
	}

	@Test
	void a_session_whose_records_no_longer_replay_names_the_step_at_the_counter_and_lists_its_records() {
		signIn(clerk);
		Clerk counter = new Clerk(sessions);
		RunningSession stuck = counter.next(counter.next(sessions.start(StartSessionCommand.of("PLAN_CHANGE"))));
		transaction.executeWithoutResult(status -> jdbc.update("""
				update step_record set step_key = 'renamed-step' where sequence = 2
				  and session_id = (select id from service_session where public_id = ?)""", stuck.id()));
		cache.forget(stuck.id());

		UI.getCurrent().navigate(GuidedRunView.class, GuidedRunView.params(stuck.id()));
		assertThat(_get(Span.class, spec -> spec.withId("session-missing")).getText())
			.isEqualTo(zh("flowexecution.session.notReplayable", 2));
		assertThat(_get(Button.class, spec -> spec.withId("run-abandon")).isEnabled()).isTrue();

		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate(RecordDetailView.class, GuidedRunView.params(stuck.id()));
		assertThat(_get(Span.class, spec -> spec.withId("record-not-replayable")).getText())
			.isEqualTo(zh("flowexecution.record.notReplayable"));
		assertThat(_get(RecordDetailView.class).getElement().toString()).as("every stored step is listed")
			.contains(TITLE_OF_STEP_TWO);
	}

	@Test
	void a_session_still_in_progress_is_named_so_never_by_its_id_and_lists_the_steps_done_so_far() {
		signIn(clerk);
		RunningSession running = sessions.start(StartSessionCommand.of("PLAN_CHANGE"));
		UserSummary manager = fixtures.user(StaffRole.BRANCH_MANAGER, branch.id());
		signIn(manager);
		UI.getCurrent().navigate(RecordDetailView.class, GuidedRunView.params(running.id()));
		assertThat(_get(H2.class, spec -> spec.withId("record-title")).getText()).isEqualTo("套餐变更 · 办理中（尚未生成凭证）")
			.isEqualTo("套餐变更 · " + zh("flowexecution.record.inProgress"));
		assertThat(_get(RecordDetailView.class).getElement().toString()).doesNotContain(running.id());
		assertThat(_get(Span.class, spec -> spec.withId("record-no-steps")).getText())
			.isEqualTo(zh("flowexecution.record.noSteps"));
		assertThat(_find(Button.class, spec -> spec.withId("open-receipt"))).isEmpty();

		signIn(clerk);
		Clerk counter = new Clerk(sessions);
		counter.next(counter.next(running));
		signIn(manager);
		UI.getCurrent().navigate(RecordDetailView.class, GuidedRunView.params(running.id()));
		assertThat(_find(Span.class, spec -> spec.withId("record-no-steps"))).isEmpty();
		assertThat(_find(Span.class, spec -> spec.withClasses("timeline-step"))).extracting(Span::getText)
			.containsExactly("迎宾问候", TITLE_OF_STEP_TWO);
		assertThat(_get(Div.class, spec -> spec.withId("receipt-steps")).getElement().getTextRecursively())
			.contains(TITLE_OF_STEP_TWO);
		assertThat(_find(Span.class, spec -> spec.withClasses("timeline-value"))).extracting(Span::getText)
			.isNotEmpty()
			.allSatisfy(v -> assertThat(v).contains("：").doesNotContain(": "));
	}

	@Test
	void an_abandoned_session_is_named_by_what_it_came_to() {
		signIn(clerk);
		RunningSession left = sessions.abandon(sessions.start(StartSessionCommand.of("BILL_PAYMENT")).id(), "客户离开");
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate(RecordDetailView.class, GuidedRunView.params(left.id()));
		assertThat(_get(H2.class, spec -> spec.withId("record-title")).getText())
			.isEqualTo("缴费 · " + zh("flowexecution.record.noReceipt", zh("flowexecution.outcome.ABANDONED")));
	}

	private static String revealId(RecordDetailView view) {
		return view.getElement()
			.toString()
			.lines()
			.filter(l -> l.contains("reveal-"))
			.findFirst()
			.map(l -> l.replaceAll(".*id=['\"]?(reveal-[^'\" >]+).*", "$1"))
			.orElseThrow();
	}

}
