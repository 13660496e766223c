package com.hallflow.flowexecution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.CustomerField;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowexecution.FieldError;
import org.assertj.core.groups.Tuple;
import java.nio.file.Files;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunEngineTest {

	private static final Map<String, PublishedFlow> STANDARD = StandardVersions.byKey();

	private final RunEngine engine = new RunEngine(StandardVersions.lookup());

	@Test
	void plan_change_with_a_suspended_line_runs_bill_payment_then_continues_where_it_said() {
		RunState state = RunEngine.start(STANDARD.get("PLAN_CHANGE"));
		state = answer(state, Map.of());
		state = answer(state, Map.of("mobile", "13812341234", "suspended", "true"));
		assertThat(state.currentStep().orElseThrow().key()).isEqualTo("suspended-notice");
		state = answer(state, Map.of());

		// 缴费 called from a plan change does not greet the customer again
		assertThat(state.breadcrumb()).containsExactly("套餐变更", "缴费");
		assertThat(state.currentStep().orElseThrow().key()).isEqualTo("confirm-holder");
		assertThat(state.context()).containsEntry(CustomerField.MOBILE, "13812341234");
		state = answer(state, Map.of("mobile", "13812341234", "holderConfirmed", "true"));
		state = answer(state, Map.of("amount", "100.50"));
		state = answer(state, Map.of());
		assertThat(state.currentStep().orElseThrow().key()).isEqualTo("receipt");
		state = answer(state, Map.of());

		// nor ask "anything else?" and say goodbye in the middle of the plan change
		assertThat(state.breadcrumb()).containsExactly("套餐变更");
		assertThat(state.currentStep().orElseThrow().key()).isEqualTo("explain");
		assertThat(state.current().orElseThrow().values()).containsEntry("suspended", "true")
			.doesNotContainKey("amount");
		assertThat(state.history()).extracting(HistoryEntry::kind)
			.contains(HistoryEntry.Kind.CALLED, HistoryEntry.Kind.RETURNED);

		while (!state.ended()) {
			state = answer(state, Map.of("newPlan", "畅享 99 元套餐", "accepted", "true", "passwordOk", "true", "signature",
					InputRules.SIGNED_ON_PAPER));
		}
		assertThat(state.outcome()).isEqualTo(Target.Outcome.COMPLETED);
	}

	@Test
	void bill_payment_started_on_its_own_still_greets_asks_anything_else_and_says_goodbye() {
		RunState state = RunEngine.start(STANDARD.get("BILL_PAYMENT"));
		List<String> seen = new ArrayList<>();
		while (!state.ended()) {
			seen.add(state.currentStep().orElseThrow().key());
			state = answer(state, Map.of("mobile", "13812341234", "holderConfirmed", "true", "amount", "50"));
		}
		assertThat(seen).containsExactly("greet", "confirm-holder", "take-payment", "count-money", "receipt",
				"anything-else", "farewell");
	}

	@Test
	void a_called_flow_made_only_of_steps_for_its_own_start_returns_at_once() {
		PublishedFlow courtesy = new PublishedFlow(77, "COURTESY", 1,
				new FlowDocument(2, "COURTESY", "礼貌", null, null, null, null,
						List.of(StepDefinition.of("hello", "问候", "您好").withStandaloneOnly(true),
								StepDefinition.of("bye", "道别", "再见").withStandaloneOnly(true))));
		PublishedFlow caller = new PublishedFlow(78, "CALLER", 1,
				new FlowDocument(2, "CALLER", "调用方", null, null, null, null,
						List.of(StepDefinition.of("one", "第一步", "一")
							.withDecision(new Decision(List.of(), Target.call("COURTESY", "two"))),
								StepDefinition.of("two", "第二步", "二"))));
		RunEngine own = new RunEngine(FlowLookup.of(courtesy, caller));
		StepResult result = own.submit(RunEngine.start(caller), new Answers(1, Map.of(), Set.of()));
		RunState state = ((StepResult.Moved) result).state();
		assertThat(state.breadcrumb()).containsExactly("调用方");
		assertThat(state.currentStep().orElseThrow().key()).isEqualTo("two");
		assertThat(state.history()).extracting(HistoryEntry::kind)
			.containsExactly(HistoryEntry.Kind.SUBMITTED, HistoryEntry.Kind.CALLED, HistoryEntry.Kind.RETURNED);
	}

	@Test
	void a_called_flow_that_does_not_complete_ends_the_whole_run_with_its_outcome() {
		RunState state = RunEngine.start(STANDARD.get("PLAN_CHANGE"));
		state = answer(state, Map.of());
		state = answer(state, Map.of("mobile", "13812341234", "suspended", "true"));
		state = answer(state, Map.of());
		state = answer(state, Map.of("mobile", "13812341234", "holderConfirmed", "false"));
		assertThat(state.ended()).isTrue();
		assertThat(state.outcome()).isEqualTo(Target.Outcome.NOT_ELIGIBLE);
		assertThat(state.stack()).isEmpty();
	}

	@Test
	void a_decision_can_end_the_run_early_with_an_outcome() {
		RunState state = RunEngine.start(STANDARD.get("PASSWORD_RESET"));
		state = answer(state, Map.of());
		state = answer(state, Map.of("knowsPassword", "true"));
		assertThat(state.currentStep().orElseThrow().key()).isEqualTo("self-service");
		state = answer(state, Map.of());
		assertThat(state.outcome()).isEqualTo(Target.Outcome.REDIRECTED);
	}

	@Test
	void mandatory_checklist_items_and_invalid_inputs_are_refused_with_reasons() {
		RunState state = RunEngine.start(STANDARD.get("PASSWORD_RESET"));
		state = answer(state, Map.of());
		state = answer(state, Map.of("knowsPassword", "false"));
		StepResult result = engine.submit(state, new Answers(state.sequence(),
				Map.of("idNumber", "440524198001010014", "mobile", "2381234123", "suspended", "maybe"), Set.of(0)));

		assertThat(result).isInstanceOfSatisfying(StepResult.Refused.class,
				r -> assertThat(r.errors()).extracting(FieldError::field, FieldError::messageKey)
					.containsExactlyInAnyOrder(Tuple.tuple("idNumber", "flowdesign.screen.residentId.checkCharacter"),
							Tuple.tuple("mobile", "flowdesign.screen.mobile.invalid"),
							Tuple.tuple("suspended", "flowexecution.input.yesNo"),
							Tuple.tuple("checklist:1", "flowexecution.checklist.mandatory")));
	}

	@Test
	void going_back_returns_to_the_previous_step_and_a_changed_answer_takes_another_path() {
		RunState state = RunEngine.start(STANDARD.get("PLAN_CHANGE"));
		state = answer(state, Map.of());
		state = answer(state, Map.of("mobile", "13812341234", "suspended", "true"));
		assertThat(state.currentStep().orElseThrow().key()).isEqualTo("suspended-notice");

		state = moved(RunEngine.back(state));
		assertThat(state.currentStep().orElseThrow().key()).isEqualTo("check-status");
		state = answer(state, Map.of("mobile", "13812341234", "suspended", "false"));
		assertThat(state.currentStep().orElseThrow().key()).isEqualTo("explain");
		assertThat(state.history()).extracting(HistoryEntry::kind)
			.containsSubsequence(HistoryEntry.Kind.SUBMITTED, HistoryEntry.Kind.WENT_BACK, HistoryEntry.Kind.SUBMITTED);
		assertThat(state.history()).filteredOn(h -> "check-status".equals(h.stepKey())).hasSize(2);
	}

	@Test
	void going_back_is_refused_at_the_start_and_around_a_step_that_forbids_it() {
		RunState start = RunEngine.start(STANDARD.get("PLAN_CHANGE"));
		assertThat(RunEngine.back(start)).isInstanceOf(StepResult.Refused.class);

		RunState state = start;
		while (!state.currentStep().orElseThrow().key().equals("sign")) {
			state = answer(state, Map.of("mobile", "13812341234", "suspended", "false", "newPlan", "畅享 59 元套餐",
					"accepted", "true", "passwordOk", "true"));
		}
		assertThat(RunEngine.back(state)).isInstanceOfSatisfying(StepResult.Refused.class,
				r -> assertThat(r.errors().get(0).messageKey()).isEqualTo("flowexecution.back.forbidden"));
	}

	@Test
	void a_second_submission_for_the_same_step_is_refused_as_already_moved_on() {
		RunState state = RunEngine.start(STANDARD.get("BILL_PAYMENT"));
		Answers first = new Answers(state.sequence(), Map.of(), Set.of());
		RunState after = moved(engine.submit(state, first));
		assertThat(engine.submit(after, first)).isInstanceOfSatisfying(StepResult.Refused.class,
				r -> assertThat(r.errors().get(0).messageKey()).isEqualTo("flowexecution.run.moved"));
	}

	@Test
	void a_call_into_an_unavailable_flow_is_refused_and_the_run_stays_where_it_was() {
		RunEngine withoutBillPayment = new RunEngine(FlowLookup.of(STANDARD.get("PLAN_CHANGE")));
		RunState state = RunEngine.start(STANDARD.get("PLAN_CHANGE"));
		state = moved(withoutBillPayment.submit(state, new Answers(state.sequence(), Map.of(), Set.of())));
		state = moved(withoutBillPayment.submit(state,
				new Answers(state.sequence(), Map.of("mobile", "13812341234", "suspended", "true"), Set.of())));
		StepResult result = withoutBillPayment.submit(state, new Answers(state.sequence(), Map.of(), Set.of()));
		assertThat(result).isInstanceOfSatisfying(StepResult.Refused.class,
				r -> assertThat(r.errors().get(0).messageKey()).isEqualTo("flowexecution.call.unavailable"));
	}

	@Test
	void a_replay_follows_the_recorded_target_not_todays_decision_and_applies_values_without_checks() {
		RunState state = RunEngine.start(STANDARD.get("PLAN_CHANGE"));
		state = engine.replay(state, new RecordedStep(1, false, "PLAN_CHANGE", "greet", Map.of(), Set.of(),
				Target.step("check-status"), null));
		state = engine.replay(state, new RecordedStep(2, false, "PLAN_CHANGE", "check-status",
				Map.of("mobile", "not-a-number", "suspended", "true"), Set.of(), Target.step("explain"), null));

		assertThat(state.currentStep().orElseThrow().key()).isEqualTo("explain");
		assertThat(state.current().orElseThrow().values()).containsEntry("mobile", "not-a-number");
	}

	@Test
	void a_replayed_call_runs_the_recorded_version_of_the_called_flow() {
		PublishedFlow older = new PublishedFlow(99, "BILL_PAYMENT", 1, STANDARD.get("BILL_PAYMENT").document());
		RunEngine withBothVersions = new RunEngine(
				FlowLookup.of(STANDARD.get("PLAN_CHANGE"), older, STANDARD.get("BILL_PAYMENT")));
		RunState state = RunEngine.start(STANDARD.get("PLAN_CHANGE"));
		state = withBothVersions.replay(state,
				new RecordedStep(1, false, "PLAN_CHANGE", "greet", Map.of(), Set.of(), null, null));
		state = withBothVersions.replay(state, new RecordedStep(2, false, "PLAN_CHANGE", "check-status",
				Map.of("suspended", "true"), Set.of(), null, null));
		state = withBothVersions.replay(state, new RecordedStep(3, false, "PLAN_CHANGE", "suspended-notice", Map.of(),
				Set.of(), Target.call("BILL_PAYMENT", "explain"), 99L));

		assertThat(state.current().orElseThrow().versionId()).isEqualTo(99);
		assertThat(state.breadcrumb()).containsExactly("套餐变更", "缴费");
	}

	@Test
	void numbers_compare_as_numbers_in_decisions() {
		assertThat(RunEngine.holds(Decision.Condition.of("amount", Decision.Operator.GREATER_THAN, "100"),
				Map.of("amount", "99.5")))
			.isFalse();
		assertThat(RunEngine.holds(Decision.Condition.of("amount", Decision.Operator.EQUALS, "100"),
				Map.of("amount", "100.00")))
			.isTrue();
	}

	@Test
	void every_message_the_engine_gives_is_translated() throws Exception {
		TranslationProvider translations = new TranslationProvider();
		Set<String> keys = new HashSet<>();
		for (String file : List.of("RunEngine.java", "InputRules.java")) {
			Matcher m = Pattern.compile("\"((?:flowexecution|flowdesign)\\.[a-zA-Z.]+)\"")
				.matcher(Files.readString(Path.of("src/main/java/com/hallflow/flowexecution/engine", file)));
			while (m.find()) {
				keys.add(m.group(1));
			}
		}
		assertThat(keys).hasSizeGreaterThan(10);
		for (String key : keys) {
			for (Locale locale : TranslationProvider.LOCALES) {
				assertThat(translations.getTranslation(key, locale)).as(key).doesNotStartWith("!");
			}
		}
	}

	private RunState answer(RunState state, Map<String, String> pool) {
		StepDefinition step = state.currentStep().orElseThrow();
		Map<String, String> values = new HashMap<>();
		for (InputDefinition input : step.inputs()) {
			if (pool.containsKey(input.key())) {
				values.put(input.key(), pool.get(input.key()));
			}
		}
		Set<Integer> all = new HashSet<>();
		IntStream.range(0, step.checklist().size()).forEach(all::add);
		return moved(engine.submit(state, new Answers(state.sequence(), values, all)));
	}

	private static RunState moved(StepResult result) {
		assertThat(result).isInstanceOf(StepResult.Moved.class);
		return ((StepResult.Moved) result).state();
	}

}
