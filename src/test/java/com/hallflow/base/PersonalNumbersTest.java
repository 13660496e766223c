package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PersonalNumbersTest {

	@Test
	void known_resident_ids_pass_and_a_wrong_check_character_fails() {
		assertThat(ResidentId.isValid("11010519491231002X")).isTrue();
		assertThat(ResidentId.isValid("11010519491231002x")).isTrue();
		assertThat(ResidentId.isValid("440524188001010014")).isTrue();
		assertThat(ResidentId.isValid("440524188001010015")).isFalse();
		assertThat(ResidentId.hasShape("440524188001010015")).isTrue();
		assertThat(ResidentId.isValid("4405241880010100")).isFalse();
		assertThat(ResidentId.mask("11010519491231002X")).isEqualTo("110105********002X");
	}

	@Property
	void every_17_digits_have_exactly_one_valid_check_character(@ForAll @NumericChars @StringLength(17) String digits) {
		long valid = "0123456789X".chars().filter(c -> ResidentId.isValid(digits + (char) c)).count();
		assertThat(valid).isEqualTo(1);
	}

	@Test
	void mobile_numbers_have_eleven_digits_starting_with_one_and_are_masked() {
		assertThat(MobileNumber.isValid("13812341234")).isTrue();
		assertThat(MobileNumber.isValid("23812341234")).isFalse();
		assertThat(MobileNumber.isValid("1381234123")).isFalse();
		assertThat(MobileNumber.mask("13812341234")).isEqualTo("138****1234");
	}

}
