package com.hallflow.flowexecution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.Salutation;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RevealReason;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer's name at the counter and after: whole in the running session's header,
 * said as 张先生 in the script, masked on the clerk's list, the receipt and the record,
 * where a manager reveals it after saying why.
 */
class CustomerNameUiTest extends KaribuTest {

	private static final String NAME = "张建华";

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	AuditLog audit;

	BranchSummary branch;

	@BeforeEach
	void signInAsClerk() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		branch = fixtures.branch("称呼厅");
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, branch.id()));
	}

	@Test
	void the_header_shows_the_whole_name_the_script_the_salutation_and_the_receipt_the_masked_name() {
		RunningSession session = startBillPayment();
		GuidedRunView run = _get(GuidedRunView.class);
		assertThat(_get(Span.class, spec -> spec.withId("run-customer")).getText()).contains(NAME);
		Clerk clerk = new Clerk(sessions);
		GuidedRunViewAccess.next(run, clerk.fill(run.session()));
		String script = run.screen.getElement().getTextRecursively();
		assertThat(script).as("the script is said aloud in the hall").contains("机主是张先生").doesNotContain(NAME);

		UI.getCurrent().navigate(CounterView.class);
		assertThat(_get(CounterView.class).inProgress.getElement().getTextRecursively()).contains("张**")
			.doesNotContain(NAME);

		clerk.finish(sessions.open(session.id()));
		UI.getCurrent().navigate(ReceiptView.class, GuidedRunView.params(session.id()));
		assertThat(_get(Span.class, spec -> spec.withId("receipt-customer")).getText()).isEqualTo("张** 138****5678");
		assertThat(_get(ReceiptView.class).getElement().toString()).doesNotContain(NAME);
	}

	@Test
	void a_manager_reveals_the_name_on_the_record_after_saying_why_and_the_look_is_audited() {
		RunningSession session = startBillPayment();
		new Clerk(sessions).finish(sessions.open(session.id()));
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate(RecordDetailView.class, GuidedRunView.params(session.id()));
		RecordDetailView view = _get(RecordDetailView.class);
		assertThat(_get(Span.class, spec -> spec.withId("record-customer-name")).getText()).isEqualTo("张**");
		assertThat(view.getElement().toString()).doesNotContain(NAME);

		_click(_get(Button.class, spec -> spec.withId("reveal-name")));
		RevealDialog dialog = _get(RevealDialog.class);
		assertThat(dialog.getHeaderTitle()).isEqualTo(zh("flowexecution.record.revealName"));
		_setValue(dialog.reason, RevealReason.CUSTOMER_REQUEST);
		_click(dialog.show);
		assertThat(_get(Span.class, spec -> spec.withId("revealed-name")).getText()).isEqualTo(NAME);
		assertThat(SystemAuthentication.callAsSystem(() -> audit.latest(1)).get(0).action())
			.isEqualTo(AuditAction.PERSONAL_DATA_REVEALED);
	}

	/** The clerk starts 缴费 from its tile, naming the customer 张建华, addressed as 先生. */
	private RunningSession startBillPayment() {
		UI.getCurrent().navigate(CounterView.class);
		_click(_get(Button.class, spec -> spec.withId("tile-BILL_PAYMENT")));
		StartSessionDialog dialog = _get(StartSessionDialog.class);
		_setValue(dialog.mobile, Clerk.MOBILE);
		_setValue(dialog.name, NAME);
		assertThat(dialog.name.getHelperText()).isEqualTo(zh("flowexecution.start.name.helper"));
		_setValue(dialog.salutation, Salutation.MR);
		_click(dialog.start);
		return _get(GuidedRunView.class).session();
	}

}
