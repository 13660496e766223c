package com.hallflow.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RolloutStateTest {

	static final Instant START = Instant.parse("2027-03-01T00:00:00Z");
	static final Instant END = Instant.parse("2027-04-01T00:00:00Z");

	@Test
	void a_rollout_is_scheduled_before_its_first_stage_running_from_it_and_ended_at_its_exclusive_end() {
		assertThat(RolloutState.at(START.minusMillis(1), false, START, END)).isEqualTo(RolloutState.SCHEDULED);
		assertThat(RolloutState.at(START, false, START, END)).isEqualTo(RolloutState.RUNNING);
		assertThat(RolloutState.at(END.minusMillis(1), false, START, END)).isEqualTo(RolloutState.RUNNING);
		assertThat(RolloutState.at(END, false, START, END)).isEqualTo(RolloutState.ENDED);
		assertThat(RolloutState.at(END.plusSeconds(86_400 * 365), false, START, null)).isEqualTo(RolloutState.RUNNING);
	}

	@Test
	void a_paused_rollout_is_paused_before_and_after_its_start_but_ended_once_its_end_has_passed() {
		assertThat(RolloutState.at(START.minusMillis(1), true, START, END)).isEqualTo(RolloutState.PAUSED);
		assertThat(RolloutState.at(START, true, START, END)).isEqualTo(RolloutState.PAUSED);
		assertThat(RolloutState.at(END, true, START, END)).isEqualTo(RolloutState.ENDED);
	}

	@Test
	void every_state_names_its_own_translation_key() {
		assertThat(RolloutState.RUNNING.messageKey()).isEqualTo("promotion.rollout.state.RUNNING");
	}

}
