package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

	private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	private static final String OTHER = Base64.getEncoder()
		.encodeToString("fedcba9876543210fedcba9876543210".getBytes());

	private final PersonalDataCipher cipher = new PersonalDataCipher(KEY, OTHER);

	@Test
	void an_id_number_is_stored_unreadable_and_comes_back_with_the_key() {
		String stored = cipher.encrypt("11010519491231002X");
		assertThat(stored).startsWith("v1:").doesNotContain("11010519491231002X").doesNotContain("1949");
		assertThat(cipher.decrypt(stored)).isEqualTo("11010519491231002X");
		assertThat(cipher.encrypt("11010519491231002X")).as("a fresh nonce every time").isNotEqualTo(stored);
	}

	@Test
	void the_keyed_hash_finds_equal_values_without_decrypting() {
		assertThat(cipher.hash("11010519491231002X")).isEqualTo(cipher.hash("11010519491231002X"))
			.hasSize(64)
			.isNotEqualTo(cipher.hash("440524188001010014"));
		assertThat(new PersonalDataCipher(KEY, KEY).hash("11010519491231002X")).as("the hash depends on the key")
			.isNotEqualTo(cipher.hash("11010519491231002X"));
	}

	@Test
	void a_wrong_key_or_an_altered_value_does_not_decrypt() {
		String stored = cipher.encrypt("13812341234");
		assertThatThrownBy(() -> new PersonalDataCipher(OTHER, OTHER).decrypt(stored))
			.isInstanceOf(IllegalStateException.class);
		String altered = stored.substring(0, stored.length() - 2) + (stored.endsWith("A") ? "B=" : "A=");
		assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(RuntimeException.class);
	}

	@Test
	void missing_or_short_keys_refuse_the_start_with_what_to_set() {
		assertThatThrownBy(() -> new PersonalDataCipher("", OTHER)).isInstanceOf(StartupRefusedException.class)
			.hasMessageContaining("HALLFLOW_DATA_KEY");
		assertThatThrownBy(() -> new PersonalDataCipher(KEY, "c2hvcnQ=")).isInstanceOf(StartupRefusedException.class)
			.hasMessageContaining("HALLFLOW_DATA_HASH_KEY");
	}

}
