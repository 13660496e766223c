package com.hallflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A failed sign-in costs the same whichever way it fails (unknown name, locked account,
 * wrong password), so its time tells an attacker nothing about which accounts exist or
 * are locked: the provider HallFlow signs in with runs the password hash on every path.
 */
class SignInCostTest {

	private static final String PASSWORD = "correct-horse-battery";

	private final CountingEncoder encoder = new CountingEncoder(
			PasswordEncoderFactories.createDelegatingPasswordEncoder());

	private final DaoAuthenticationProvider provider = SecurityConfig.provider(new InMemoryUserDetailsManager(
			User.withUsername("open").password(encoder.encode(PASSWORD)).roles("BRANCH_STAFF").build(),
			User.withUsername("locked")
				.password(encoder.encode(PASSWORD))
				.roles("BRANCH_STAFF")
				.accountLocked(true)
				.build()),
			encoder);

	@Test
	void every_failed_path_runs_the_password_hash_once() {
		for (String[] attempt : new String[][] { { "nobody", "guess-1234567" }, { "locked", "guess-1234567" },
				{ "open", "guess-1234567" } }) {
			int before = encoder.checks.get();
			assertThatThrownBy(() -> signIn(attempt[0], attempt[1])).isInstanceOf(BadCredentialsException.class);
			assertThat(encoder.checks.get() - before).as(attempt[0]).isEqualTo(1);
		}
		// the right password of a locked account is refused after the hash
		int before = encoder.checks.get();
		assertThatThrownBy(() -> signIn("locked", PASSWORD)).isInstanceOf(LockedException.class);
		assertThat(encoder.checks.get() - before).isEqualTo(1);
	}

	@Test
	void the_three_failed_paths_take_the_same_time() {
		String[][] paths = { { "nobody", "guess-1234567" }, { "locked", "guess-1234567" },
				{ "open", "guess-1234567" } };
		List<List<Long>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		// interleaved, so a busy moment of the machine costs every path alike
		for (int round = 0; round < 30; round++) {
			for (int path = 0; path < paths.length; path++) {
				long started = System.nanoTime();
				try {
					signIn(paths[path][0], paths[path][1]);
				}
				catch (AuthenticationException expected) {
					times.get(path).add(System.nanoTime() - started);
				}
			}
		}
		List<Double> medians = times.stream().map(SignInCostTest::median).toList();
		double slowest = medians.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		double fastest = medians.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
		assertThat(times).allSatisfy(t -> assertThat(t).hasSize(30));
		assertThat(fastest / slowest).as("median times (ns) unknown, locked, wrong: " + medians).isGreaterThan(0.8);
	}

	private void signIn(String username, String password) {
		provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
	}

	private static double median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/** The real encoder, counting how often a password is checked against a hash. */
	private static final class CountingEncoder implements PasswordEncoder {

		private final PasswordEncoder real;

		private final AtomicInteger checks = new AtomicInteger();

		CountingEncoder(PasswordEncoder real) {
			this.real = real;
		}

		@Override
		public String encode(CharSequence rawPassword) {
			return real.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			checks.incrementAndGet();
			return real.matches(rawPassword, encodedPassword);
		}

	}

}
