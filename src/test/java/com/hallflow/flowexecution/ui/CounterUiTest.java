package com.hallflow.flowexecution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.hallflow.base.CustomerGrade;
import com.hallflow.base.ResidentId;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.counter.SignatureField;
import com.hallflow.flowdesign.counter.StepScreen;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.flowexecution.engine.InputRules;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CounterUiTest extends KaribuTest {

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	FlowDesignService flowDesign;

	BranchSummary branch;

	UserSummary clerk;

	@BeforeEach
	void signInAsClerk() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		branch = fixtures.branch("界面受理厅");
		clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		signIn(clerk);
	}

	@Test
	void the_tiles_put_what_this_branch_serves_most_first_and_the_rest_by_name() {
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch(Fixtures.unique("排序厅")).id()));
		sessions.start(StartSessionCommand.of("PASSWORD_RESET"));
		sessions.start(StartSessionCommand.of("PASSWORD_RESET"));
		sessions.start(StartSessionCommand.of("BILL_PAYMENT"));
		UI.getCurrent().navigate(CounterView.class);
		List<Button> tiles = _find(_get(CounterView.class).tiles, Button.class);
		assertThat(tiles).extracting(b -> b.getId().orElse("")).startsWith("tile-PASSWORD_RESET", "tile-BILL_PAYMENT");
		List<String> rest = tiles.subList(2, tiles.size())
			.stream()
			.map(Button::getAriaLabel)
			.map(Optional::orElseThrow)
			.toList();
		assertThat(rest).isSortedAccordingTo(Collator.getInstance(Locale.CHINA));
	}

	@Test
	void head_office_order_puts_its_tiles_first_and_the_rest_follow_this_branchs_use() {
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch(Fixtures.unique("总部排序厅")).id()));
		sessions.start(StartSessionCommand.of("PASSWORD_RESET"));
		SystemAuthentication.runAsSystem(() -> flowDesign.orderTiles(List.of("ACCOUNT_CLOSURE", "SIM_REPLACEMENT")));
		try {
			UI.getCurrent().navigate(CounterView.class);
			assertThat(_find(_get(CounterView.class).tiles, Button.class)).extracting(b -> b.getId().orElse(""))
				.startsWith("tile-ACCOUNT_CLOSURE", "tile-SIM_REPLACEMENT", "tile-PASSWORD_RESET");
		}
		finally {
			SystemAuthentication.runAsSystem(() -> flowDesign.orderTiles(List.of()));
		}
	}

	@Test
	void the_last_step_of_a_service_says_it_ends_it() {
		RunningSession session = sessions.start(StartSessionCommand.of("BILL_PAYMENT"));
		open(session);
		assertThat(_get(GuidedRunView.class).next.getText()).isEqualTo(zh("flowexecution.run.next"));
		Clerk counter = new Clerk(sessions);
		while (session.stepNumber() < session.stepCount()) {
			session = counter.next(session);
		}
		open(session);
		assertThat(_get(GuidedRunView.class).next.getText()).isEqualTo(zh("flowexecution.run.finish"));
	}

	@Test
	void at_the_first_step_the_header_names_the_flow_once_and_the_customer_with_no_empty_path() {
		RunningSession session = sessions
			.start(new StartSessionCommand("PLAN_CHANGE", false, null, Clerk.MOBILE, null));
		open(session);
		GuidedRunView run = _get(GuidedRunView.class);
		assertThat(run.breadcrumb.getText()).isEqualTo("套餐变更");
		assertThat(_get(RunHeader.class).getElement().getTextRecursively().split("套餐变更", -1))
			.as("the title, not repeated as a breadcrumb of one")
			.hasSize(2);
		assertThat(_get(Span.class, spec -> spec.withId("run-customer")).getText())
			.isEqualTo(zh("flowexecution.run.customer", "138****5678"))
			.isEqualTo("客户：138****5678");
		assertThat(_find(RunPath.class)).as("no empty panel beside the first step").isEmpty();

		Clerk clerk = new Clerk(sessions);
		GuidedRunViewAccess.next(run, clerk.fill(run.session()));
		assertThat(_find(RunPath.class)).hasSize(1);
		GuidedRunViewAccess.next(run, clerk.fill(run.session()));
		assertThat(_find(Span.class, spec -> spec.withClasses("path-value"))).extracting(Span::getText)
			.isNotEmpty()
			.allSatisfy(v -> assertThat(v).contains("：").doesNotContain(": "));
	}

	@Test
	void an_unfinished_session_is_listed_with_the_step_it_stopped_at_and_its_flow_named_once() {
		sessions.start(StartSessionCommand.of("PLAN_CHANGE"));
		UI.getCurrent().navigate(CounterView.class);
		String row = _get(_get(CounterView.class).inProgress, Div.class, spec -> spec.withClasses("in-progress-row"))
			.getElement()
			.getTextRecursively();
		assertThat(row).startsWith("套餐变更 · 停在：迎宾问候 · ").doesNotContain("套餐变更 / ");
	}

	@Test
	void the_clerk_starts_a_flow_from_its_tile_with_the_customers_number_shown_masked() {
		UI.getCurrent().navigate(CounterView.class);
		CounterView home = _get(CounterView.class);
		assertThat(_find(home.tiles, Button.class)).extracting(b -> b.getId().orElse(""))
			.contains("tile-PLAN_CHANGE", "tile-BILL_PAYMENT", "tile-NEW_SUBSCRIPTION");
		_setValue(home.search, "缴费");
		assertThat(_find(home.tiles, Button.class)).extracting(b -> b.getId().orElse(""))
			.containsExactly("tile-BILL_PAYMENT");

		_click(_get(Button.class, spec -> spec.withId("tile-BILL_PAYMENT")));
		StartSessionDialog dialog = _get(StartSessionDialog.class);
		_setValue(dialog.mobile, "1381234");
		assertThat(dialog.mobile.isInvalid()).isTrue();
		assertThat(dialog.mobile.getErrorMessage()).isEqualTo(zh("flowdesign.screen.mobile.invalid"));
		_setValue(dialog.mobile, Clerk.MOBILE);
		assertThat(dialog.mobile.getHelperText()).isEqualTo("138****5678");
		_setValue(dialog.grade, CustomerGrade.GOLD);
		_click(dialog.start);

		GuidedRunView run = _get(GuidedRunView.class);
		assertThat(run.session().flowKey()).isEqualTo("BILL_PAYMENT");
		assertThat(_get(Span.class, spec -> spec.withId("progress")).getText())
			.isEqualTo(zh("flowexecution.run.progress", 1, 7));
		assertThat(run.getElement().toString()).contains("138****5678").doesNotContain(Clerk.MOBILE);
	}

	@Test
	void a_mandatory_checklist_item_blocks_next_until_it_is_ticked() {
		RunningSession session = sessions.start(StartSessionCommand.of("BILL_PAYMENT"));
		Clerk counter = new Clerk(sessions);
		session = counter.next(counter.next(counter.next(session)));
		assertThat(session.currentStep().key()).isEqualTo("count-money");
		open(session);
		GuidedRunView run = _get(GuidedRunView.class);

		_click(run.next);
		assertThat(run.session().currentStep().key()).isEqualTo("count-money");
		Checkbox first = run.screen.checklistBoxes().get(0);
		assertThat(first.getClassNames()).contains("missing");
		assertThat(_find(run.screen, Span.class)).extracting(Span::getText)
			.contains(zh("flowexecution.checklist.mandatory"));

		run.screen.checklistBoxes().forEach(box -> _setValue(box, true));
		_click(run.next);
		assertThat(run.session().currentStep().key()).isEqualTo("receipt");
	}

	@Test
	void the_amount_field_reads_what_is_typed_by_the_servers_rule_and_shows_it_as_kept() {
		RunningSession session = sessions.start(StartSessionCommand.of("BILL_PAYMENT"));
		Clerk counter = new Clerk(sessions);
		session = counter.next(counter.next(session));
		assertThat(session.currentStep().key()).isEqualTo("take-payment");
		open(session);
		StepDefinition step = session.currentStep();
		TextField amount = (TextField) _get(GuidedRunView.class).screen.fields().get("amount");
		agree(step, amount, "amount", "100", "１００", "100.50", "¥ 88", "1e9", "1,000", "100.505", "-5",
				"99999999999999999999.99", "100000.01", "abc");
		_setValue(amount, "１００．５");
		assertThat(amount.getValue()).isEqualTo("100.50");
		_setValue(amount, "1e9");
		assertThat(amount.getValue()).as("never silently changed").isEqualTo("1e9");
		assertThat(amount.getErrorMessage()).isEqualTo(zh("flowdesign.screen.money.invalid"));
		assertThat(amount.getHelperText()).isEqualTo(zh("flowdesign.screen.money.most", "¥100,000.00"));
	}

	@Test
	void a_placeholder_for_an_input_on_the_same_step_follows_what_the_clerk_enters() {
		RunningSession session = sessions.start(StartSessionCommand.of("BILL_PAYMENT"));
		Clerk counter = new Clerk(sessions);
		session = counter.next(counter.next(session));
		open(session);
		StepScreen screen = _get(GuidedRunView.class).screen;
		// not entered yet: a neutral blank, not a missing value
		assertThat(_find(screen, Span.class, s -> s.withClasses("pending"))).isNotEmpty();
		assertThat(_find(screen, Span.class, s -> s.withClasses("blank"))).isEmpty();
		_setValue((TextField) screen.fields().get("amount"), "１００");
		assertThat(_get(screen, Div.class, s -> s.withClasses("script-card")).getElement().getTextRecursively())
			.contains("本次缴费100.00元")
			// read aloud to the customer whose number the clerk entered: in full, not
			// masked
			.contains("号码" + Clerk.MOBILE)
			.doesNotContain("****");
		_setValue((TextField) screen.fields().get("amount"), "1e9");
		assertThat(_get(screen, Div.class, s -> s.withClasses("script-card")).getElement().getTextRecursively())
			.as("a refused amount is not read aloud")
			.doesNotContain("1e9");
		_setValue((TextField) screen.fields().get("amount"), "");
		assertThat(_find(screen, Span.class, s -> s.withClasses("pending"))).isNotEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_mobile_is_typed_once_and_going_back_shows_what_was_entered() {
		RunningSession session = sessions
			.start(new StartSessionCommand("PLAN_CHANGE", false, null, "138 1234 5678", null));
		session = new Clerk(sessions).next(session);
		open(session);
		GuidedRunView run = _get(GuidedRunView.class);
		// 查询号码状态 asks for the number: it is the one given at the start
		assertThat(((TextField) run.screen.fields().get("mobile")).getValue()).isEqualTo(Clerk.MOBILE);
		yes(run, "suspended");
		_click(run.next);
		_click(run.next);
		assertThat(run.breadcrumb.getText()).isEqualTo("套餐变更 › 缴费");
		// the called 缴费 greets nobody and checks the holder's number: filled in, not
		// asked
		// again
		assertThat(run.session().currentStep().key()).isEqualTo("confirm-holder");
		assertThat(((TextField) run.screen.fields().get("mobile")).getValue()).isEqualTo(Clerk.MOBILE);

		// back to 查询号码状态 and its answers are as they were
		_click(run.back);
		_click(run.back);
		assertThat(run.session().currentStep().key()).isEqualTo("check-status");
		assertThat(((RadioButtonGroup<String>) run.screen.fields().get("suspended")).getValue()).isEqualTo("true");
		assertThat(((TextField) run.screen.fields().get("mobile")).getValue()).isEqualTo(Clerk.MOBILE);
	}

	@Test
	void a_reload_keeps_what_was_typed_and_ticked_on_the_current_step() {
		RunningSession session = atIdentityCheck();
		open(session);
		GuidedRunView run = _get(GuidedRunView.class);
		_setValue((TextField) run.screen.fields().get("idNumber"), Clerk.ID_NUMBER);
		_setValue(run.screen.checklistBoxes().get(0), true);
		MockVaadin.clientRoundtrip(); // the request ends: the draft is kept

		UI.getCurrent().navigate(CounterView.class);
		open(session);
		GuidedRunView reloaded = _get(GuidedRunView.class);
		assertThat(reloaded).isNotSameAs(run);
		assertThat(((TextField) reloaded.screen.fields().get("idNumber")).getValue()).isEqualTo(Clerk.ID_NUMBER);
		assertThat(reloaded.screen.checked()).containsExactly(0);
	}

	@Test
	@SuppressWarnings("unchecked")
	void going_back_into_the_called_payment_and_forward_again_keeps_every_tick_and_the_plan_chosen() {
		RunningSession session = sessions
			.start(new StartSessionCommand("PLAN_CHANGE", false, null, Clerk.MOBILE, null));
		session = new Clerk(sessions).next(session);
		open(session);
		GuidedRunView run = _get(GuidedRunView.class);
		yes(run, "suspended");
		_click(run.next); // 停机提示
		_click(run.next); // 缴费: 核对机主
		yes(run, "holderConfirmed");
		_click(run.next);
		_setValue((TextField) run.screen.fields().get("amount"), "50");
		_click(run.next); // 点钞验钞
		run.screen.checklistBoxes().forEach(b -> _setValue(b, true));
		_click(run.next); // 打印凭证
		run.screen.checklistBoxes().forEach(b -> _setValue(b, true));
		_setValue(run.screen.signedOnPaper().get("signature"), true);
		_click(run.next); // back in 套餐变更: 讲解变更内容
		assertThat(run.session().currentStep().key()).isEqualTo("explain");
		Select<String> plan = (Select<String>) run.screen.fields().get("newPlan");
		String chosen = plan.getListDataView().getItem(1);
		_setValue(plan, chosen);

		_click(run.back); // into the called 缴费 again
		assertThat(run.session().currentStep().key()).isEqualTo("receipt");
		assertThat(run.screen.checked()).as("ticked when it was submitted").hasSize(2);
		_click(run.next);
		assertThat(run.session().currentStep().key()).isEqualTo("explain");
		assertThat(((Select<String>) run.screen.fields().get("newPlan")).getValue())
			.as("chosen before Back, never submitted")
			.isEqualTo(chosen);
	}

	@Test
	void the_id_and_mobile_fields_take_any_width_and_spaces_as_the_server_does() {
		RunningSession session = sessions.start(StartSessionCommand.of("NEW_SUBSCRIPTION"));
		Clerk counter = new Clerk(sessions);
		while (session.currentStep().inputs().stream().noneMatch(i -> i.type() == InputType.RESIDENT_ID)) {
			session = counter.next(session);
		}
		open(session);
		StepDefinition step = session.currentStep();
		GuidedRunView run = _get(GuidedRunView.class);
		String idKey = step.inputs()
			.stream()
			.filter(i -> i.type() == InputType.RESIDENT_ID)
			.findFirst()
			.orElseThrow()
			.key();
		TextField id = (TextField) run.screen.fields().get(idKey);
		String fullWidth = Clerk.ID_NUMBER.chars()
			.mapToObj(c -> String.valueOf((char) (c + 0xFEE0)))
			.collect(Collectors.joining());
		agree(step, id, idKey, Clerk.ID_NUMBER, fullWidth, "110105 19491231 002x", "110105194913310021",
				"110105194902300020", "000000000000000001", "12345");
		_setValue(id, fullWidth);
		assertThat(id.getValue()).isEqualTo(Clerk.ID_NUMBER);
		_setValue(id, "110105194913310021");
		assertThat(id.getErrorMessage()).isEqualTo(zh("flowdesign.screen.residentId.birthDate"));
	}

	/** For each typed text the field refuses exactly what the server refuses. */
	private static void agree(StepDefinition step, TextField field, String key, String... typed) {
		InputDefinition input = step.inputs().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
		for (String text : typed) {
			_setValue(field, "");
			_setValue(field, text);
			assertThat(field.isInvalid()).as(text).isEqualTo(InputRules.problem(input, text).isPresent());
			if (!field.isInvalid()) {
				assertThat(field.getValue()).as(text)
					.isEqualTo(InputRules.normalised(step, Map.of(key, text)).get(key));
			}
		}
	}

	@Test
	void the_counter_shows_no_empty_promotion_slot() {
		RunningSession session = sessions.start(StartSessionCommand.of("BILL_PAYMENT"));
		Clerk counter = new Clerk(sessions);
		session = counter.next(counter.next(session));
		assertThat(session.currentStep().promotionSlot()).isTrue();
		open(session);
		assertThat(_get(GuidedRunView.class).screen.getElement().toString())
			.doesNotContain(zh("flowdesign.screen.promotionSlot"));
	}

	@Test
	void a_resident_id_with_a_wrong_check_character_is_refused_at_the_field() {
		RunningSession session = atIdentityCheck();
		open(session);
		GuidedRunView run = _get(GuidedRunView.class);
		TextField id = (TextField) run.screen.fields().get("idNumber");
		String wrong = Clerk.ID_NUMBER.substring(0, 17) + "1";
		assertThat(ResidentId.isValid(wrong)).isFalse();
		_setValue(id, wrong);
		assertThat(id.isInvalid()).isTrue();
		assertThat(id.getErrorMessage()).isEqualTo(zh("flowdesign.screen.residentId.checkCharacter"));
		run.screen.checklistBoxes().forEach(box -> _setValue(box, true));
		int before = run.session().sequence();
		_click(run.next);
		assertThat(run.session().sequence()).isEqualTo(before);
		assertThat(((HasValidation) run.screen.fields().get("idNumber")).isInvalid()).isTrue();

		_setValue((TextField) run.screen.fields().get("idNumber"), Clerk.ID_NUMBER);
		_click(run.next);
		assertThat(run.session().sequence()).isEqualTo(before + 1);
		assertThat(run.getElement().toString()).doesNotContain(Clerk.ID_NUMBER);
	}

	@Test
	void a_suspended_line_calls_bill_payment_with_a_breadcrumb_and_returns_to_the_plan_change() {
		RunningSession session = new Clerk(sessions).next(sessions.start(StartSessionCommand.of("PLAN_CHANGE")));
		open(session);
		GuidedRunView run = _get(GuidedRunView.class);
		_setValue((TextField) run.screen.fields().get("mobile"), Clerk.MOBILE);
		yes(run, "suspended");
		_click(run.next);
		assertThat(run.session().currentStep().key()).isEqualTo("suspended-notice");
		_click(run.next);
		assertThat(run.breadcrumb.getText()).isEqualTo("套餐变更 › 缴费");

		_click(run.next);
		_setValue((TextField) run.screen.fields().get("mobile"), Clerk.MOBILE);
		yes(run, "holderConfirmed");
		_click(run.next);
		_setValue((TextField) run.screen.fields().get("amount"), "88.50");
		_click(run.next);
		run.screen.checklistBoxes().forEach(box -> _setValue(box, true));
		_click(run.next);
		run.screen.checklistBoxes().forEach(box -> _setValue(box, true));
		_setValue(run.screen.signedOnPaper().get("signature"), true);
		_click(run.next);
		_click(run.next);
		_click(run.next);

		assertThat(run.breadcrumb.getText()).isEqualTo("套餐变更");
		assertThat(run.session().currentStep().key()).isEqualTo("explain");
		assertThat(run.session().path()).extracting(RunningSession.PathStep::flowName).contains("缴费");
	}

	@Test
	void the_customer_signs_on_the_pad_and_the_receipt_shows_number_amount_and_signature() {
		RunningSession session = sessions.start(StartSessionCommand.of("BILL_PAYMENT"));
		Clerk counter = new Clerk(sessions);
		while (!session.currentStep().key().equals("receipt")) {
			session = counter.next(session);
		}
		open(session);
		GuidedRunView run = _get(GuidedRunView.class);
		run.screen.checklistBoxes().forEach(box -> _setValue(box, true));
		SignatureField pad = run.screen.pads().get("signature").get(0);
		pad.drawn(Clerk.PNG);
		_click(run.next);
		_click(run.next);
		_click(run.next);

		assertThat(run.showsReceipt()).isTrue();
		ReceiptSheet receipt = _get(ReceiptSheet.class);
		String number = _get(receipt, Span.class, spec -> spec.withId("receipt-number")).getText();
		assertThat(number).startsWith(branch.code() + "-");
		assertThat(sessions.open(session.id()).status()).isEqualTo(SessionStatus.ENDED);
		assertThat(receipt.getElement().toString()).contains("¥50.00").contains("data:image/png;base64," + Clerk.PNG);
	}

	@Test
	void abandoning_needs_a_reason_and_ends_the_session() {
		RunningSession session = sessions.start(StartSessionCommand.of("BILL_PAYMENT"));
		open(session);
		GuidedRunView run = _get(GuidedRunView.class);
		_click(run.abandon);
		AbandonDialog dialog = _get(AbandonDialog.class);
		_click(_get(dialog, Button.class, spec -> spec.withId("abandon-confirm")));
		assertThat(dialog.reason.isInvalid()).isTrue();
		assertThat(sessions.open(session.id()).status()).isEqualTo(SessionStatus.IN_PROGRESS);
		_setValue(dialog.reason, AbandonReason.CUSTOMER_LEFT);
		_click(_get(dialog, Button.class, spec -> spec.withId("abandon-confirm")));
		assertThat(sessions.open(session.id()).status()).isEqualTo(SessionStatus.ABANDONED);
		assertThat(_get(Span.class, spec -> spec.withId("session-abandoned")).getText())
			.isEqualTo(zh("flowexecution.run.abandoned"));
	}

	@Test
	void a_clerk_of_another_branch_sees_no_session_at_its_url() {
		RunningSession session = sessions.start(StartSessionCommand.of("BILL_PAYMENT"));
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("隔壁厅").id()));
		UI.getCurrent().navigate(GuidedRunView.class, GuidedRunView.params(session.id()));
		assertThat(_get(Span.class, spec -> spec.withId("session-missing")).getText())
			.isEqualTo(zh("flowexecution.session.notFound"));
		assertThat(_find(StepScreen.class)).isEmpty();
	}

	@Test
	void the_path_adds_each_step_done_and_drops_the_one_gone_back_over() {
		open(sessions.start(StartSessionCommand.of("NEW_SUBSCRIPTION")));
		GuidedRunView run = _get(GuidedRunView.class);
		Clerk clerk = new Clerk(sessions);
		GuidedRunViewAccess.next(run, clerk.fill(run.session()));
		GuidedRunViewAccess.next(run, clerk.fill(run.session()));
		OrderedList path = _get(OrderedList.class, spec -> spec.withId("path"));
		assertThat(titles(path))
			.containsExactlyElementsOf(run.session().path().stream().map(RunningSession.PathStep::stepTitle).toList())
			.hasSize(2);
		Component first = path.getChildren().findFirst().orElseThrow();

		_click(run.back);
		assertThat(titles(path)).hasSize(1).containsExactly(run.session().path().get(0).stepTitle());
		GuidedRunViewAccess.next(run, clerk.fill(run.session()));
		assertThat(titles(path)).hasSize(2);
		GuidedRunViewAccess.next(run, clerk.fill(run.session()));
		assertThat(titles(path)).hasSize(3)
			.containsExactlyElementsOf(run.session().path().stream().map(RunningSession.PathStep::stepTitle).toList());
		assertThat(path.getChildren().findFirst()).as("going back built the list again")
			.isNotEqualTo(Optional.of(first));
		Component kept = path.getChildren().findFirst().orElseThrow();
		GuidedRunViewAccess.next(run, clerk.fill(run.session()));
		assertThat(path.getChildren().findFirst()).as("a step forward adds to the list, it does not rebuild it")
			.contains(kept);
	}

	private static List<String> titles(OrderedList path) {
		return path.getChildren()
			.map(item -> ((Span) item.getChildren().filter(Span.class::isInstance).reduce((a, b) -> a).orElseThrow())
				.getText())
			.toList();
	}

	/** A new subscription standing at 核验身份. */
	private RunningSession atIdentityCheck() {
		RunningSession session = sessions.start(StartSessionCommand.of("NEW_SUBSCRIPTION"));
		Clerk counter = new Clerk(sessions);
		while (!session.currentStep().key().equals("verify-identity")) {
			session = counter.next(session);
		}
		return session;
	}

	private static void open(RunningSession session) {
		UI.getCurrent().navigate(GuidedRunView.class, GuidedRunView.params(session.id()));
	}

	@SuppressWarnings("unchecked")
	private static void yes(GuidedRunView run, String key) {
		Component field = run.screen.fields().get(key);
		_setValue((RadioButtonGroup<String>) field, "true");
	}

}
