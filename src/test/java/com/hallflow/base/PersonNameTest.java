package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Customer names masked for lists and receipts, and said aloud in the scripts. */
class PersonNameTest {

	@Test
	void a_chinese_name_keeps_its_surname_and_shows_one_star_per_other_character() {
		assertThat(PersonName.mask("张伟")).isEqualTo("张*");
		assertThat(PersonName.mask("张秀英")).isEqualTo("张**");
		assertThat(PersonName.mask("欧阳娜娜")).as("a compound surname stays whole").isEqualTo("欧阳**");
		assertThat(PersonName.mask("欧阳")).as("two characters are a surname and a given name").isEqualTo("欧*");
		assertThat(PersonName.mask("张")).isEqualTo("*");
		assertThat(PersonName.mask("李女士")).isEqualTo("李**");
		assertThat(PersonName.mask("买买提·艾力")).as("the dot between the parts stays").isEqualTo("买**·**");
		assertThat(PersonName.mask("𠮷野家")).as("a character outside the BMP is one character").isEqualTo("𠮷**");
		assertThat(PersonName.mask("　张伟　")).as("typed with full-width spaces").isEqualTo("张*");
		assertThat(PersonName.mask(null)).isNull();
		assertThat(PersonName.mask("  ")).isNull();
	}

	@Test
	void a_name_in_latin_letters_keeps_the_first_letter_of_each_word() {
		assertThat(PersonName.mask("Anna Müller")).isEqualTo("A*** M*****");
		assertThat(PersonName.mask("Jean-Luc Picard")).isEqualTo("J***-L** P*****");
		assertThat(PersonName.mask("O'Brien")).isEqualTo("O'*****");
		assertThat(PersonName.mask("X")).isEqualTo("*");
	}

	@Test
	void the_script_addresses_the_customer_by_surname_and_salutation_else_masked() {
		assertThat(PersonName.addressed("张伟", Salutation.MR)).isEqualTo("张先生");
		assertThat(PersonName.addressed("欧阳娜娜", Salutation.MS)).isEqualTo("欧阳女士");
		assertThat(PersonName.addressed("张伟", null)).isEqualTo("张*");
		assertThat(PersonName.addressed("Anna Müller", Salutation.MS)).isEqualTo("Ms Müller");
		assertThat(PersonName.addressed("David Smith", null)).isEqualTo("D**** S****");
		assertThat(PersonName.addressed(null, Salutation.MR)).isNull();
	}

	@Test
	void a_name_typed_as_it_is_said_carries_its_salutation() {
		assertThat(PersonName.implied("李女士")).contains(Salutation.MS);
		assertThat(PersonName.implied("王小姐")).contains(Salutation.MS);
		assertThat(PersonName.implied("张先生")).contains(Salutation.MR);
		assertThat(PersonName.implied("Mrs. Jones")).contains(Salutation.MS);
		assertThat(PersonName.implied("张伟")).isEmpty();
		assertThat(PersonName.addressed("王小姐", null)).isEqualTo("王女士");
		assertThat(PersonName.addressed("张先生", null)).isEqualTo("张先生");
		assertThat(PersonName.addressed("Mr Smith", null)).isEqualTo("Mr Smith");
		assertThat(PersonName.addressed("张先生", Salutation.MS)).as("the salutation chosen wins").isEqualTo("张女士");
	}

	@Property
	void a_masked_chinese_name_shows_at_most_its_surname_and_has_as_many_characters(
			@ForAll("chineseNames") String name) {
		String masked = PersonName.mask(name);
		assertThat(masked.codePointCount(0, masked.length())).isEqualTo(name.codePointCount(0, name.length()));
		assertThat(masked.replace("*", "").length()).isLessThanOrEqualTo(2);
		assertThat(masked).isNotEqualTo(name);
		assertThat(masked.length()).isLessThanOrEqualTo(PersonName.MOST);
	}

	@Provide
	Arbitrary<String> chineseNames() {
		return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(PersonName.MOST);
	}

}
