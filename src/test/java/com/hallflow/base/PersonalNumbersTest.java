package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** ID numbers, mobile numbers and amounts as they are typed at a Chinese counter. */
class PersonalNumbersTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@Test
	void known_resident_ids_pass_and_each_kind_of_mistake_is_named() {
		assertThat(ResidentId.problem("11010519491231002X", TODAY)).isEmpty();
		assertThat(ResidentId.problem("11010519491231002x", TODAY)).isEmpty();
		assertThat(ResidentId.problem("440524198001010013", TODAY)).isEmpty();
		assertThat(ResidentId.problem("440524198001010014", TODAY))
			.contains("flowdesign.screen.residentId.checkCharacter");
		// month 13, 30 February, the future, before 1900
		assertThat(ResidentId.problem("110105194913310021", TODAY)).contains("flowdesign.screen.residentId.birthDate");
		assertThat(ResidentId.problem("110105194902300020", TODAY)).contains("flowdesign.screen.residentId.birthDate");
		assertThat(ResidentId.problem(valid("110105", "20270101", "001"), TODAY))
			.contains("flowdesign.screen.residentId.birthDate");
		assertThat(ResidentId.problem(valid("110105", "18991231", "001"), TODAY))
			.contains("flowdesign.screen.residentId.birthDate");
		// no province starts with 00 (and its check character is right)
		assertThat(ResidentId.problem("000000000000000001", TODAY)).contains("flowdesign.screen.residentId.region");
		assertThat(ResidentId.problem("4405241980010100", TODAY)).contains("flowdesign.screen.residentId.format");
		assertThat(ResidentId.mask("11010519491231002X")).isEqualTo("110105********002X");
	}

	@Test
	void an_id_typed_full_width_with_spaces_or_a_small_x_is_stored_as_one_ascii_form() {
		String fullWidth = fullWidth("11010519491231002") + "X";
		assertThat(ResidentId.problem(fullWidth, TODAY)).isEmpty();
		assertThat(ResidentId.normalise(fullWidth)).isEqualTo("11010519491231002X");
		assertThat(ResidentId.normalise("110105 19491231 002x")).isEqualTo("11010519491231002X");
		assertThat(ResidentId.normalise("１１０１０５１９４９１２３１００２ｘ")).isEqualTo("11010519491231002X");
	}

	@Property
	void every_valid_id_is_accepted_in_every_width_and_as_one_form(@ForAll("ids") String id,
			@ForAll @IntRange(max = 18) int fullWidthUpTo) {
		String typed = fullWidth(id.substring(0, fullWidthUpTo)) + id.substring(fullWidthUpTo);
		assertThat(ResidentId.problem(typed, TODAY)).isEmpty();
		assertThat(ResidentId.normalise(typed)).isEqualTo(id);
	}

	@Property
	void one_character_changed_is_always_refused(@ForAll("ids") String id, @ForAll @IntRange(max = 17) int at,
			@ForAll @IntRange(min = 1, max = 10) int shift) {
		String alphabet = "0123456789X";
		char was = id.charAt(at);
		char now = alphabet.charAt((alphabet.indexOf(was) + shift) % alphabet.length());
		String corrupted = id.substring(0, at) + now + id.substring(at + 1);
		assertThat(ResidentId.problem(corrupted, TODAY)).as(corrupted).isPresent();
	}

	@Provide
	Arbitrary<String> ids() {
		Arbitrary<String> province = Arbitraries.of(new ArrayList<>(ResidentId.PROVINCES));
		Arbitrary<String> area = Arbitraries.strings().numeric().ofLength(4);
		Arbitrary<LocalDate> born = Arbitraries.longs()
			.between(LocalDate.of(1900, 1, 1).toEpochDay(), TODAY.toEpochDay())
			.map(LocalDate::ofEpochDay);
		Arbitrary<String> order = Arbitraries.strings().numeric().ofLength(3);
		return Combinators.combine(province, area, born, order)
			.as((p, a, b, o) -> valid(p + a,
					String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()), o));
	}

	@Test
	void mobile_numbers_are_read_in_any_width_with_spaces_dashes_or_plus_86_and_only_in_issued_segments() {
		for (String ok : List.of("13812341234", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000",
				"0086 13800138000", fullWidth("13800138000"), "19912345678", "16612345678", "14712345678")) {
			assertThat(MobileNumber.isValid(ok)).as(ok).isTrue();
		}
		assertThat(MobileNumber.normalise("+86 138-0013-8000")).isEqualTo("13800138000");
		for (String bad : List.of("12800138000", "23812341234", "1381234123", "15412345678", "19412345678",
				"11012345678", "138001380001")) {
			assertThat(MobileNumber.isValid(bad)).as(bad).isFalse();
		}
		assertThat(MobileNumber.mask("138 1234 1234")).isEqualTo("138****1234");
	}

	@Test
	void amounts_are_read_strictly_so_nothing_is_silently_changed() {
		assertThat(Money.parse("１００", Money.DEFAULT_MOST, false).amount()).isEqualByComparingTo("100");
		assertThat(Money.parse("１００．５", Money.DEFAULT_MOST, false).amount().toPlainString()).isEqualTo("100.50");
		assertThat(Money.parse("￥ 99.9", Money.DEFAULT_MOST, false).amount().toPlainString()).isEqualTo("99.90");
		assertThat(Money.parse("1e9", Money.DEFAULT_MOST, false).problem())
			.isEqualTo("flowdesign.screen.money.invalid");
		assertThat(Money.parse("1,000", Money.DEFAULT_MOST, false).problem())
			.isEqualTo("flowdesign.screen.money.invalid");
		assertThat(Money.parse("100.505", Money.DEFAULT_MOST, false).problem())
			.isEqualTo("flowdesign.screen.money.fen");
		assertThat(Money.parse("99999999999999999999.99", Money.DEFAULT_MOST, false).problem())
			.isEqualTo("flowdesign.screen.money.tooLarge");
		assertThat(Money.parse("100000.01", Money.DEFAULT_MOST, false).problem())
			.isEqualTo("flowdesign.screen.money.tooLarge");
		assertThat(Money.parse("100000", Money.DEFAULT_MOST, false).ok()).isTrue();
		assertThat(Money.parse("-5", Money.DEFAULT_MOST, false).problem())
			.isEqualTo("flowdesign.screen.money.negative");
		assertThat(Money.parse("-5", Money.DEFAULT_MOST, true).amount()).isEqualByComparingTo("-5");
		assertThat(Money.format(new BigDecimal("100000"))).isEqualTo("¥100,000.00");
	}

	static String valid(String area, String born, String order) {
		String body = area + born + order;
		return body + ResidentId.checkCharacter(body);
	}

	static String fullWidth(String ascii) {
		StringBuilder out = new StringBuilder();
		ascii.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
		return out.toString();
	}

}
