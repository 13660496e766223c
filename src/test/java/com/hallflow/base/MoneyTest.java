package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class MoneyTest {

	@Example
	void amounts_with_trailing_zeros_are_accepted_when_they_have_at_most_two_decimals() {
		for (String ok : new String[] { "0", "100", "100.5", "100.50", "100.500", "0.01", "1E+3" }) {
			assertThat(Money.isAmount(new BigDecimal(ok))).as(ok).isTrue();
		}
	}

	@Example
	void negative_amounts_fractions_of_a_fen_and_null_are_refused() {
		for (String bad : new String[] { "-0.01", "0.001", "100.505", "100.5050" }) {
			assertThat(Money.isAmount(new BigDecimal(bad))).as(bad).isFalse();
		}
		assertThat(Money.isAmount(null)).isFalse();
	}

	@Property
	void any_number_of_fen_written_with_any_trailing_zeros_is_an_amount_and_a_tenth_of_a_fen_more_is_not(
			@ForAll @LongRange(min = 0, max = 10_000_000_000L) long fen, @ForAll @IntRange(max = 6) int zeros) {
		BigDecimal amount = BigDecimal.valueOf(fen, 2).setScale(2 + zeros);
		assertThat(Money.isAmount(amount)).isTrue();
		assertThat(Money.isAmount(amount.add(new BigDecimal("0.001")))).isFalse();
		assertThat(Money.isAmount(amount.negate())).isEqualTo(fen == 0);
	}

}
