package com.hallflow.flowexecution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReceiptUiTest extends KaribuTest {

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	StandardFlows standardFlows;

	BranchSummary branch;

	UserSummary clerk;

	@BeforeEach
	void signInAsClerk() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		branch = fixtures.branch("凭证厅");
		clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		signIn(clerk);
	}

	@Test
	void the_receipt_page_has_its_heading_the_unit_once_spaced_sections_and_full_width_colons() {
		RunningSession ended = new Clerk(sessions).finish(sessions.start(StartSessionCommand.of("BILL_PAYMENT")));
		open(ended);
		ReceiptSheet receipt = _get(ReceiptSheet.class);
		H2 heading = _get(receipt, H2.class, spec -> spec.withId("receipt-heading"));
		assertThat(heading.getText()).isEqualTo(zh("flowexecution.receipt.title") + " " + ended.receiptNo());
		assertThat(heading.getClassNames()).as("not printed twice").contains("no-print");
		assertThat(_find(receipt, Button.class, spec -> spec.withId("receipt-next-customer"))).hasSize(1);

		Div amounts = _get(receipt, Div.class, spec -> spec.withId("receipt-amounts"));
		assertThat(amounts.getElement().getTextRecursively()).contains("缴费金额 ¥50.00").doesNotContain("（元）");
		assertThat(_find(receipt, H3.class)).hasSizeGreaterThan(2)
			.allSatisfy(h -> assertThat(h.getStyle().get("margin-top")).isEqualTo("var(--lumo-space-l)"));
		List<String> values = _find(receipt, Span.class, spec -> spec.withClasses("receipt-value")).stream()
			.map(Span::getText)
			.toList();
		assertThat(values).isNotEmpty().allSatisfy(v -> assertThat(v).contains("：").doesNotContain(": "));
	}

	@Test
	void head_office_reads_a_receipt_without_next_customer() {
		RunningSession ended = new Clerk(sessions).finish(sessions.start(StartSessionCommand.of("BILL_PAYMENT")));
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		open(ended);
		ReceiptSheet receipt = _get(ReceiptSheet.class);
		assertThat(_find(receipt, Button.class, spec -> spec.withId("receipt-next-customer"))).isEmpty();
		assertThat(_find(receipt, Button.class, spec -> spec.withId("receipt-print"))).hasSize(1);
	}

	@Test
	void what_the_clerk_told_a_customer_not_eligible_stands_on_its_own_line_under_the_steps_title() {
		RunningSession ended = new Clerk(sessions).answer("conditionsMet", "false")
			.finish(sessions.start(StartSessionCommand.of("ACCOUNT_CLOSURE")));
		open(ended);
		ReceiptSheet receipt = _get(ReceiptSheet.class);
		Span told = _get(receipt, Span.class, spec -> spec.withClasses("receipt-explanation"));
		assertThat(told.getText()).isNotBlank();
		assertThat(told.getClassNames()).as("laid out as the values are: a line of its own, not run on the title")
			.contains("receipt-value");
	}

	@Test
	void an_unfinished_session_has_no_receipt_yet_said_in_the_frame_with_the_ways_on_each_role_has() {
		RunningSession running = new Clerk(sessions).next(sessions.start(StartSessionCommand.of("PLAN_CHANGE")));

		open(running);
		assertThat(notYet()).isEqualTo(zh("flowexecution.receipt.notYet"));
		assertThat(links()).containsExactly("receipt-open-session", "receipt-home");
		assertThat(_get(Anchor.class, spec -> spec.withId("receipt-open-session")).getText())
			.isEqualTo(zh("flowexecution.counter.resume"));
		assertThat(_find(GuidedRunView.class)).as("not forwarded into the session").isEmpty();

		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		open(running);
		assertThat(notYet()).isEqualTo(zh("flowexecution.receipt.notYet"));
		assertThat(links()).containsExactly("receipt-open-record", "receipt-open-session", "receipt-home");
		assertThat(_get(Anchor.class, spec -> spec.withId("receipt-open-record")).getHref())
			.isEqualTo("records/" + running.id());

		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		open(running);
		assertThat(notYet()).isEqualTo(zh("flowexecution.receipt.notYet"));
		assertThat(links()).containsExactly("receipt-open-record", "receipt-home");
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as("inside the application's frame")
			.extracting(c -> c.getClass().getSimpleName().replaceAll("\\$\\$.*", ""))
			.contains("ReceiptView", "MainLayout");

		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, fixtures.branch("别的凭证厅").id()));
		open(running);
		assertThat(_get(Span.class, spec -> spec.withId("session-missing")).getText())
			.isEqualTo(zh("flowexecution.session.notFound"));
		assertThat(_find(H2.class, spec -> spec.withId("receipt-not-yet"))).isEmpty();
	}

	private static String notYet() {
		return _get(H2.class, spec -> spec.withId("receipt-not-yet")).getText();
	}

	private static List<String> links() {
		return _get(Div.class, spec -> spec.withId("receipt-not-yet-links")).getChildren()
			.map(Component::getId)
			.map(id -> id.orElse(""))
			.toList();
	}

	private static void open(RunningSession session) {
		UI.getCurrent().navigate(ReceiptView.class, GuidedRunView.params(session.id()));
	}

}
