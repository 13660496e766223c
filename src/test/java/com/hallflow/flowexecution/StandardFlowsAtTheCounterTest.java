package com.hallflow.flowexecution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.hallflow.flowdesign.CustomerField;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.Fixtures;
import com.hallflow.support.H2Test;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seven standard flows run end to end as a clerk would, including every call into
 * bill payment.
 */
@H2Test
class StandardFlowsAtTheCounterTest {

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	SessionRecordService sessionRecords;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	Fixtures fixtures;

	BranchSummary branch;

	@BeforeEach
	void signInAsClerk() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		branch = fixtures.branch("标准流程厅");
		Fixtures.signIn(fixtures.user(StaffRole.BRANCH_STAFF, branch.id()));
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	@ParameterizedTest(name = "{0} runs to a completed receipt")
	@CsvSource({ "NEW_SUBSCRIPTION, 11, 50.00", "BILL_PAYMENT, 7, 50.00", "PLAN_CHANGE, 9, 0",
			"SIM_REPLACEMENT, 9, 50.00", "OWNERSHIP_TRANSFER, 8, 0", "PASSWORD_RESET, 6, 0",
			"ACCOUNT_CLOSURE, 9, 50.00" })
	void every_standard_flow_runs_to_a_receipt(String key, int steps, String total) {
		Clerk clerk = new Clerk(sessions);
		RunningSession ended = clerk
			.finish(sessions.start(new StartSessionCommand(key, false, "李女士", Clerk.MOBILE, "SILVER")));

		assertThat(ended.outcome()).isEqualTo("COMPLETED");
		assertThat(ended.receiptNo()).startsWith(branch.code() + "-");
		assertThat(clerk.visited()).hasSize(steps);
		SessionRecord receipt = sessionRecords.record(ended.id());
		assertThat(receipt.done()).hasSize(steps);
		assertThat(receipt.total()).isEqualByComparingTo(new BigDecimal(total));
		assertThat(receipt.done()).flatExtracting(d -> d.values().values())
			.noneMatch(v -> v.contains(Clerk.ID_NUMBER) || v.contains(Clerk.MOBILE));
	}

	@ParameterizedTest(name = "{0} calls bill payment and returns to {2}")
	@CsvSource({ "PLAN_CHANGE, suspended, explain", "SIM_REPLACEMENT, suspended, replace-card",
			"PASSWORD_RESET, suspended, reset", "OWNERSHIP_TRANSFER, inArrears, copy-ids" })
	void a_line_in_arrears_is_paid_first_and_the_flow_goes_on_where_it_says(String key, String answer,
			String returnTo) {
		Clerk clerk = new Clerk(sessions).answer(answer, "true");
		RunningSession session = sessions.start(StartSessionCommand.of(key));
		while (session.breadcrumb().size() < 2) {
			session = clerk.next(session);
		}
		// called, 缴费 greets nobody and asks for nothing the session already knows
		assertThat(session.breadcrumb()).hasSize(2).last().isEqualTo("缴费");
		assertThat(session.currentStep().key()).isEqualTo("confirm-holder");
		// and counts only the steps the clerk sees: 核对机主 is the first of four
		assertThat(session.stepNumber()).isEqualTo(1);
		assertThat(session.stepCount()).isEqualTo(4);
		while (session.breadcrumb().size() == 2) {
			session = clerk.next(session);
		}
		assertThat(session.currentStep().key()).isEqualTo(returnTo);
		RunningSession ended = clerk.finish(session);

		assertThat(ended.outcome()).isEqualTo("COMPLETED");
		assertThat(clerk.visited()).filteredOn(v -> v.startsWith("2:"))
			.containsExactly("2:confirm-holder", "2:take-payment", "2:count-money", "2:receipt");
		SessionRecord receipt = sessionRecords.record(ended.id());
		assertThat(receipt.done()).filteredOn(d -> d.flowName().equals("缴费"))
			.hasSize(4)
			.allMatch(SessionRecord.DoneStep::called)
			.noneMatch(SessionRecord.DoneStep::courtesy);
		assertThat(receipt.amounts()).extracting(SessionRecord.Amount::value).contains(new BigDecimal("50.00"));
		assertThat(receipt.signatures()).isNotEmpty();
	}

	@Test
	void the_mobile_is_typed_once_a_correction_carries_into_the_called_payment_and_a_new_number_starts_empty() {
		RunningSession session = sessions
			.start(new StartSessionCommand("PLAN_CHANGE", false, "李女士", "138 1234 5678", "SILVER"));
		session = new Clerk(sessions).next(session);
		assertThat(session.currentStep().key()).isEqualTo("check-status");
		assertThat(session.prefill()).containsEntry("mobile", "13812345678");

		// the customer names another of their numbers: the clerk corrects it once
		Clerk clerk = new Clerk(sessions).answer("suspended", "true").answer("mobile", "13900001111");
		session = clerk.next(session);
		session = clerk.next(session);
		assertThat(session.currentStep().key()).isEqualTo("confirm-holder");
		assertThat(session.prefill()).containsEntry("mobile", "13900001111");
		// the record says where the clerk corrected the number, and only there
		RunningSession ended = clerk.finish(session);
		assertThat(sessionRecords.record(ended.id()).timeline()).filteredOn(e -> !e.corrected().isEmpty())
			.extracting(SessionRecord.TimelineEntry::stepKey, SessionRecord.TimelineEntry::corrected)
			.containsExactly(tuple("check-status",
					List.of(new SessionRecord.Correction(CustomerField.MOBILE, "138****5678", "139****1111"))));
		// one customer number everywhere from then on: lists, the header, the receipt
		assertThat(ended.mobileMasked()).isEqualTo("139****1111");
		assertThat(sessionRecords.record(ended.id()).summary().mobileMasked()).isEqualTo("139****1111");

		RunningSession replacement = sessions
			.start(new StartSessionCommand("SIM_REPLACEMENT", false, null, Clerk.MOBILE, "SILVER"));
		Clerk other = new Clerk(sessions);
		while (!replacement.currentStep().key().equals("replace-card")) {
			replacement = other.next(replacement);
		}
		assertThat(replacement.prefill()).containsEntry("grade", "银卡客户");

		RunningSession subscription = sessions
			.start(new StartSessionCommand("NEW_SUBSCRIPTION", false, null, Clerk.MOBILE, null));
		while (!subscription.currentStep().key().equals("choose-number")) {
			subscription = other.next(subscription);
		}
		assertThat(subscription.prefill()).doesNotContainKey("newNumber");
	}

	@Test
	void a_customer_who_knows_the_password_is_sent_to_self_service_with_a_receipt() {
		RunningSession ended = new Clerk(sessions).answer("knowsPassword", "true")
			.finish(sessions.start(StartSessionCommand.of("PASSWORD_RESET")));
		assertThat(ended.outcome()).isEqualTo("REDIRECTED");
		assertThat(ended.receiptNo()).isNotNull();
	}

	@Test
	void a_retained_customer_ends_the_closure_as_declined() {
		RunningSession ended = new Clerk(sessions).answer("retained", "true")
			.finish(sessions.start(StartSessionCommand.of("ACCOUNT_CLOSURE")));
		assertThat(ended.outcome()).isEqualTo("DECLINED");
		assertThat(sessionRecords.record(ended.id()).done()).extracting(SessionRecord.DoneStep::stepTitle)
			.doesNotContain(List.of("客户签字").toArray(String[]::new));
	}

}
