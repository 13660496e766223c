package com.hallflow.flowexecution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.engine.Answers;
import com.hallflow.flowexecution.engine.InputCheck;
import com.hallflow.flowexecution.engine.RecordMismatch;
import com.hallflow.flowexecution.engine.RunEngine;
import com.hallflow.flowexecution.engine.RunState;
import com.hallflow.flowexecution.engine.StepResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stored form of a session is a contract (docs/decisions/0016): every recorded
 * session kept in {@code src/test/resources/golden-sessions} replays to exactly the state
 * its live run had, under today's code and under stricter input rules than the ones it
 * was recorded with.
 */
class GoldenSessionsTest {

	static List<GoldenSessions.Golden> goldens() {
		return GoldenSessions.all();
	}

	@Test
	void the_golden_sessions_cover_every_standard_flow_a_call_and_return_going_back_abandon_practice_and_offers() {
		List<GoldenSessions.Golden> all = goldens();
		Set<String> served = new HashSet<>();
		all.forEach(g -> served.add(g.lookup().version(g.rootVersionId()).key()));
		assertThat(served).containsAll(StandardFlows.keys());
		assertThat(all).extracting(GoldenSessions.Golden::name)
			.contains("plan-change-suspended-pays-first", "plan-change-went-back", "new-subscription-abandoned",
					"bill-payment-practice", "sim-replacement-offer-accepted");
		assertThat(all).anySatisfy(g -> assertThat(g.steps()).anyMatch(s -> s.calledVersionId() != null));
		assertThat(all).anySatisfy(g -> assertThat(g.steps()).anyMatch(s -> s.kind().equals("BACK")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldens")
	void a_recorded_session_replays_to_the_state_its_live_run_had(GoldenSessions.Golden golden) {
		RunState replayed = golden.replay(new RunEngine(golden.lookup()));

		assertThat(GoldenSessions.describe(replayed)).isEqualTo(golden.expected());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldens")
	void a_recorded_session_replays_the_same_under_input_rules_stricter_than_it_was_recorded_with(
			GoldenSessions.Golden golden) {
		RunEngine strict = new RunEngine(golden.lookup(), Strict.RULES);

		assertThat(GoldenSessions.describe(golden.replay(strict))).isEqualTo(golden.expected());
	}

	@Test
	void the_stricter_rules_refuse_the_recorded_values_when_they_are_entered_live() {
		GoldenSessions.Golden golden = goldens().stream()
			.filter(g -> g.name().equals("plan-change-completed"))
			.findFirst()
			.orElseThrow();
		RunEngine strict = new RunEngine(golden.lookup(), Strict.RULES);
		RunEngine standard = new RunEngine(golden.lookup());
		RunState state = RunEngine.start(golden.lookup().version(golden.rootVersionId()));
		List<StepResult> refused = new ArrayList<>();
		for (GoldenSessions.Row row : golden.steps()) {
			Answers answers = new Answers(row.sequence(), row.values(), row.recorded().checked());
			StepResult live = strict.submit(state, answers);
			if (live instanceof StepResult.Refused) {
				refused.add(live);
			}
			state = ((StepResult.Moved) standard.submit(state, answers)).state();
		}
		assertThat(refused).isNotEmpty();
	}

	@Test
	void a_stored_step_recorded_for_another_step_stops_the_replay_with_its_sequence() {
		GoldenSessions.Golden golden = goldens().stream()
			.filter(g -> g.name().equals("bill-payment-completed"))
			.findFirst()
			.orElseThrow();
		List<GoldenSessions.Row> steps = new ArrayList<>(golden.steps());
		GoldenSessions.Row third = steps.get(2);
		steps.set(2, new GoldenSessions.Row(third.sequence(), third.kind(), third.flowKey(), "no-such-step",
				third.values(), third.checkedItems(), third.nextTarget(), third.calledVersionId()));
		GoldenSessions.Golden tampered = new GoldenSessions.Golden(golden.name(), golden.description(),
				golden.rootVersionId(), golden.flows(), steps, golden.expected());

		assertThatThrownBy(() -> tampered.replay(new RunEngine(tampered.lookup())))
			.isInstanceOfSatisfying(RecordMismatch.class, e -> assertThat(e.sequence()).isEqualTo(3))
			.hasMessageContaining("no-such-step");
	}

	/**
	 * Rules no recorded value passes: any text longer than one character, any money or
	 * number at all.
	 */
	private static final class Strict {

		static final InputCheck RULES = Strict::problem;

		private static Optional<String> problem(InputDefinition input, String value) {
			Optional<String> standard = InputCheck.STANDARD.problem(input, value);
			if (standard.isPresent() || value == null || value.isBlank()) {
				return standard;
			}
			return switch (input.type()) {
				case TEXT, CHOICE -> value.length() > 1 ? Optional.of("flowexecution.input.tooLong") : Optional.empty();
				case MONEY, NUMBER -> Optional.of("flowexecution.input.number");
				case MOBILE, RESIDENT_ID -> Optional.of("flowdesign.screen.mobile.invalid");
				default -> Optional.empty();
			};
		}

	}

}
