package com.hallflow.flowdesign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StepKeysTest {

	@Test
	void chinese_titles_become_their_pinyin() {
		assertThat(StepKeys.fromTitle("核验身份", Set.of())).isEqualTo("he-yan-shen-fen");
		assertThat(StepKeys.fromTitle("告知客户：不符合条件", Set.of())).isEqualTo("gao-zhi-ke-hu-bu-fu-he-tiao-jian");
		assertThat(StepKeys.fromTitle("绿色通道", Set.of())).isEqualTo("lv-se-tong-dao");
		// words whose characters read otherwise alone
		assertThat(StepKeys.fromTitle("银行代扣", Set.of())).isEqualTo("yin-hang-dai-kou");
		assertThat(StepKeys.fromTitle("重新设置密码", Set.of())).isEqualTo("chong-xin-she-zhi-mi-ma");
	}

	@Test
	void latin_letters_and_digits_stay_words_and_mixed_titles_are_joined_by_dashes() {
		assertThat(StepKeys.fromTitle("Check ID", Set.of())).isEqualTo("check-id");
		assertThat(StepKeys.fromTitle("办理5G套餐", Set.of())).isEqualTo("ban-li-5g-tao-can");
		assertThat(StepKeys.fromTitle("  ", Set.of())).isEqualTo("step");
		assertThat(StepKeys.fromTitle("123", Set.of())).isEqualTo("step-123");
		assertThat(StepKeys.fromTitle("！？", Set.of())).isEqualTo("step");
	}

	@Test
	void a_taken_key_gets_a_number_and_a_long_title_is_cut_at_a_word() {
		assertThat(StepKeys.fromTitle("核验身份", Set.of("he-yan-shen-fen", "he-yan-shen-fen-2")))
			.isEqualTo("he-yan-shen-fen-3");
		String longKey = StepKeys.fromTitle("请客户在业务受理单上签字确认并留存身份证复印件以备核查", Set.of());
		assertThat(longKey.length()).isLessThanOrEqualTo(StepKeys.MOST);
		assertThat(longKey).doesNotEndWith("-").startsWith("qing-ke-hu-zai");
	}

	@Test
	void a_key_made_from_a_title_is_known_as_such_and_a_chosen_one_is_not() {
		assertThat(StepKeys.madeFrom("he-yan-shen-fen", "核验身份")).isTrue();
		assertThat(StepKeys.madeFrom("he-yan-shen-fen-2", "核验身份")).isTrue();
		assertThat(StepKeys.madeFrom("verify-identity", "核验身份")).isFalse();
		assertThat(StepKeys.madeFrom("he-2", "核验身份")).isFalse();
		assertThat(StepKeys.madeFrom(null, "核验身份")).isFalse();
	}

	@Property
	void every_title_gives_a_key_the_schema_takes_and_unused(@ForAll String title) {
		List<String> taken = List.of(StepKeys.fromTitle(title, Set.of()));
		String key = StepKeys.fromTitle(title, taken);
		assertThat(key).matches(StepDefinition.KEY_PATTERN).isNotIn(taken);
	}

}
