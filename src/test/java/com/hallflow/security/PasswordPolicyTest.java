package com.hallflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of the password policy, with its own message. */
class PasswordPolicyTest {

	@Test
	void a_password_has_ten_to_128_characters() {
		assertThat(refused("wang.li", "Kp7-vz!q9")).contains("security.password.length");
		assertThat(refused("wang.li", "x".repeat(60) + "Kp7-vz!q9" + "y".repeat(60)))
			.contains("security.password.length");
		assertThat(refused("wang.li", null)).contains("security.password.length");
		assertThat(refused("wang.li", "Kp7-vz!q9w")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "wang.li", "WANG.LI-Secret", "my-wang.li-pass", "secretWang.Li" })
	void a_password_may_not_be_or_contain_the_username_in_any_case(String password) {
		assertThat(refused("wang.li", password.length() < 10 ? password + "-x9#" : password))
			.contains("security.password.containsUsername");
	}

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaa", "ababababab", "1212121212", "aaaaaaaaab", "zz11zz11zz11" })
	void a_password_of_a_few_characters_over_and_over_is_refused(String password) {
		assertThat(refused("wang.li", password)).contains("security.password.fewCharacters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567890", "0987654321", "qwertyuiop", "asdfghjkl;", "abcdefghij", "1234567890a",
			"QWERTY123456", "zyxwvut000!", "poiuytrewq1" })
	void a_password_that_is_mostly_a_keyboard_run_or_a_sequence_is_refused(String password) {
		assertThat(refused("wang.li", password)).contains("security.password.sequence");
	}

	@ParameterizedTest
	@ValueSource(strings = { "iloveyou12", "PASSWORD123", "Password1234", "1q2w3e4r5t", "woaini1314", "WoAiNi1314520",
			"5201314520", "zhang123456", "Chen123456", "iloveyou1314" })
	void a_common_password_is_refused_ignoring_case_from_either_list(String password) {
		assertThat(refused("wang.li", password)).contains("security.password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "hallflow-demo", "correct-horse-battery", "temporary-123", "Kp7-vz!q9w", "窗前明月光疑是地上霜",
			"my-wang-password" })
	void good_passwords_pass_including_the_demo_password(String password) {
		assertThat(refused("wang.li", password)).isEmpty();
	}

	@Test
	void a_run_counts_when_it_is_three_long_either_way_and_one_character_repeated_counts_too() {
		assertThat(PasswordPolicy.charactersInRuns("xx12xx")).isZero();
		assertThat(PasswordPolicy.charactersInRuns("x123x")).isEqualTo(3);
		assertThat(PasswordPolicy.charactersInRuns("x321x")).isEqualTo(3);
		assertThat(PasswordPolicy.charactersInRuns("xdfgx")).isEqualTo(3);
		assertThat(PasswordPolicy.charactersInRuns("x000x")).isEqualTo(3);
		assertThat(PasswordPolicy.charactersInRuns("7890-")).as("on along the keyboard's number row").isEqualTo(5);
	}

	private static Optional<String> refused(String username, String password) {
		return PasswordPolicy.refusal(username, password).map(PasswordPolicy.Refusal::messageKey);
	}

}
