package com.hallflow.flowexecution;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditEntry;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.MobileNumber;
import com.hallflow.base.ResidentId;
import com.hallflow.flowdesign.CustomerField;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.Placeholders;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.ClearTextScan;
import com.hallflow.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Customer names are personal data (docs/architecture.md §9, decision 0024): stored
 * encrypted, masked in lists, receipts and the audit log, said aloud as 张先生, in full only
 * in the running session's header and to a supervisor who reveals it. On every database
 * the application supports; see the H2 and MariaDB subclasses.
 */
abstract class CustomerNamesContract {

	/**
	 * The customer of these tests: a name, a valid mobile and ID number no other test
	 * uses.
	 */
	static final String NAME = "上官婉儿";

	static final String MOBILE = "13923456781";

	static final String ID_NUMBER = "440106199003071231";

	/**
	 * The holder's name as the clerk corrects it at a step bound to the customer name.
	 */
	static final String HOLDER = "上官婉清";

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	SessionRecordService records;

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

	BranchSummary branch;

	UserSummary clerk;

	@BeforeEach
	void signInAsClerk() {
		assertThat(ResidentId.isValid(ID_NUMBER)).isTrue();
		assertThat(MobileNumber.isValid(MOBILE)).isTrue();
		SystemAuthentication.runAsSystem(standardFlows::install);
		publishNamesFlow();
		branch = fixtures.branch("姓名测试厅");
		clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		Fixtures.signIn(clerk);
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	@Test
	void the_name_is_stored_encrypted_and_masked_the_script_says_the_salutation_and_the_header_the_whole_name() {
		RunningSession session = sessions.start(new StartSessionCommand("NAMES", false, NAME, MOBILE, null, "MS"));

		Map<String, Object> row = jdbc.queryForMap("""
				select customer_name_encrypted, customer_name_masked, customer_salutation from service_session
				where public_id = ?""", session.id());
		assertThat((String) row.get("customer_name_encrypted")).startsWith("v1:").doesNotContain(NAME);
		assertThat(row.get("customer_name_masked")).isEqualTo("上官**");
		assertThat(row.get("customer_salutation")).isEqualTo("MS");
		assertThat(session.placeholders()).containsEntry(Placeholders.CUSTOMER_NAME, "上官女士");
		assertThat(session.customerName()).isEqualTo("上官**");
		assertThat(session.customerFullName()).as("the clerk serving the customer reads the whole name")
			.isEqualTo(NAME);
		Clerk counter = new Clerk(sessions).answer("holder", HOLDER);
		RunningSession atHolder = counter.next(session);
		assertThat(atHolder.prefill()).as("the input bound to the name starts with it").containsEntry("holder", NAME);

		RunningSession ended = counter.finish(atHolder);
		assertThat(ended.customerFullName()).as("once ended, masked only").isNull();
		assertThat(ended.customerName()).isEqualTo("上官**");
		Map<String, Object> step = jdbc.queryForMap("""
				select r.shown_values, r.sealed_values from step_record r join service_session s on s.id = r.session_id
				where s.public_id = ? and r.step_key = 'holder'""", session.id());
		assertThat((String) step.get("shown_values")).as("the corrected name and the one before, both masked")
			.contains("上官**")
			.doesNotContain(NAME, HOLDER);
		assertThat((String) step.get("sealed_values")).contains("v1:").doesNotContain(HOLDER);
		assertThat(records.record(session.id()).summary().customerNameMasked()).isEqualTo("上官**");
	}

	@Test
	void without_a_salutation_the_script_says_the_masked_name_and_a_typed_one_is_understood() {
		RunningSession unknown = sessions.start(new StartSessionCommand("NAMES", false, "张伟", null, null));
		assertThat(unknown.placeholders()).containsEntry(Placeholders.CUSTOMER_NAME, "张*");
		RunningSession typed = sessions.start(new StartSessionCommand("NAMES", false, "王先生", null, null));
		assertThat(typed.placeholders()).containsEntry(Placeholders.CUSTOMER_NAME, "王先生");
		assertThat(typed.customerName()).isEqualTo("王**");
		assertThatThrownBy(() -> sessions.start(new StartSessionCommand("NAMES", false, "张伟", null, null, "SIR")))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).contains("customerSalutation"));
	}

	@Test
	void a_supervisor_reveals_the_whole_name_and_the_reveal_is_audited_masked() {
		RunningSession session = new Clerk(sessions).answer("holder", HOLDER)
			.finish(sessions.start(new StartSessionCommand("NAMES", false, NAME, MOBILE, null)));
		assertThatThrownBy(() -> records.revealName(session.id(), RevealReason.AUDIT))
			.isInstanceOf(AccessDeniedException.class);
		UserSummary manager = fixtures.user(StaffRole.BRANCH_MANAGER, branch.id());
		Fixtures.signIn(manager);
		assertThatThrownBy(() -> records.revealName(session.id(), null)).isInstanceOfSatisfying(BusinessException.class,
				e -> assertThat(e.messageKey()).isEqualTo("flowexecution.reveal.reasonRequired"));

		assertThat(records.revealName(session.id(), RevealReason.CUSTOMER_REQUEST)).isEqualTo(NAME);
		AuditEntry entry = SystemAuthentication.callAsSystem(() -> audit.latest(1)).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.PERSONAL_DATA_REVEALED);
		assertThat(entry.actor()).isEqualTo(manager.username());
		assertThat(entry.target()).isEqualTo(session.receiptNo());
		assertThat(entry.detail()).contains("上官**", MobileNumber.mask(MOBILE), CustomerField.NAME.messageKey())
			.doesNotContain(NAME, MOBILE);

		SessionRecord record = records.record(session.id());
		SessionRecord.TimelineEntry holder = record.timeline()
			.stream()
			.filter(t -> t.stepKey().equals("holder"))
			.findFirst()
			.orElseThrow();
		assertThat(holder.sealedNames()).containsExactly("holder");
		assertThat(records.reveal(session.id(), holder.sequence(), "holder", RevealReason.AUDIT)).isEqualTo(HOLDER);

		RunningSession nameless = sessions.start(StartSessionCommand.of("NAMES"));
		assertThatThrownBy(() -> records.revealName(nameless.id(), RevealReason.AUDIT)).isInstanceOfSatisfying(
				BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("flowexecution.reveal.noName"));
	}

	@Test
	void no_customer_name_id_number_or_mobile_number_is_stored_in_clear_in_any_table() {
		new Clerk(sessions).answer("holder", HOLDER)
			.finish(sessions.start(new StartSessionCommand("NAMES", false, NAME, MOBILE, "GOLD")));
		new Clerk(sessions).answer("idNumber", ID_NUMBER)
			.answer("mobile", MOBILE)
			.finish(sessions.start(new StartSessionCommand("ACCOUNT_CLOSURE", false, NAME, MOBILE, null, "MS")));
		new Clerk(sessions).answer("oldOwnerId", ID_NUMBER)
			.answer("newOwnerId", ID_NUMBER)
			.answer("mobile", MOBILE)
			.finish(sessions.start(new StartSessionCommand("OWNERSHIP_TRANSFER", false, NAME, null, null)));
		UserSummary manager = fixtures.user(StaffRole.BRANCH_MANAGER, branch.id());
		Fixtures.signIn(manager);
		records.records(RecordFilter.any(), Pageable.ofSize(5))
			.forEach(s -> records.revealName(s.id(), RevealReason.COMPLAINT));

		assertThat(ClearTextScan.find(jdbc, List.of(branch.name())))
			.as("the scan reads every text column: the branch's name is in clear")
			.isNotEmpty();
		assertThat(ClearTextScan.find(jdbc, List.of(NAME, HOLDER, MOBILE, ID_NUMBER))).isEmpty();
	}

	/**
	 * 问候 greets the customer by name, 核对机主 confirms the holder's name on an input bound
	 * to it, 完成 ends.
	 */
	private void publishNamesFlow() {
		SystemAuthentication.runAsSystem(() -> {
			if (flows.flows().stream().anyMatch(f -> f.key().equals("NAMES"))) {
				return;
			}
			Draft draft = flows.create(new NewFlowCommand("NAMES", "姓名测试", null));
			StepDefinition holder = StepDefinition.of("holder", "核对机主", "这个号码的机主是{customer.name}，对吗？")
				.withInputs(List
					.of(InputDefinition.of("holder", "机主姓名", InputType.TEXT, true).boundTo(CustomerField.NAME)));
			Draft saved = flows.saveDraft("NAMES", draft.lockVersion(),
					flow("NAMES").step("greet").step(holder).step("done").build());
			flows.publish("NAMES", saved.lockVersion(), "发布", null);
		});
	}

}
