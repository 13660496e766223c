package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.TextDiff.Kind;
import com.hallflow.base.TextDiff.Part;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextDiffTest {

	/** A 200-character script of the kind the standard flows hold. */
	private static final String LONG_SCRIPT = ("您好，欢迎光临。本次为您办理套餐变更业务，新套餐将于次月1日生效，当月仍按原套餐计费。"
			+ "变更前请您确认：原套餐内的剩余流量和通话分钟数在月底清零，不会结转到新套餐。" + "如您当前有合约在身，变更可能需要支付违约金，我会先为您查询。"
			+ "新套餐的月租、包含的流量和通话分钟数以及超出后的资费，我会逐项为您说明，" + "请您听完后再决定，有任何疑问随时问我。办理完成后，系统会向您的手机发送确认短信。" + "如需帮助请随时联系营业员。");

	@Test
	void the_long_script_is_two_hundred_characters() {
		assertThat(LONG_SCRIPT).hasSize(200).endsWith("。");
	}

	@Test
	void an_edit_at_the_very_end_of_a_long_chinese_script_is_marked_and_both_texts_stay_whole() {
		String after = LONG_SCRIPT.substring(0, 199) + "，请注意查收。";

		TextDiff.Result result = TextDiff.between(LONG_SCRIPT, after);

		assertThat(shown(result.before())).isEqualTo(LONG_SCRIPT);
		assertThat(shown(result.after())).isEqualTo(LONG_SCRIPT.substring(0, 199) + "{+，请注意查收+}。");
		assertThat(joined(result.after())).isEqualTo(after);
		assertThat(result.changed()).isTrue();
	}

	@Test
	void a_word_changed_in_the_middle_is_marked_in_both_texts() {
		TextDiff.Result result = TextDiff.between("新套餐月租58元，含流量30GB。", "新套餐月租88元，含流量30GB。");

		assertThat(shown(result.before())).isEqualTo("新套餐月租[-58-]元，含流量30GB。");
		assertThat(shown(result.after())).isEqualTo("新套餐月租{+88+}元，含流量30GB。");
	}

	@Test
	void chinese_is_compared_character_by_character() {
		TextDiff.Result result = TextDiff.between("请出示证件。", "请出示身份证件原件。");

		assertThat(shown(result.before())).isEqualTo("请出示证件。");
		assertThat(shown(result.after())).isEqualTo("请出示{+身份+}证件{+原件+}。");
	}

	@Test
	void an_insertion_marks_only_the_new_text() {
		TextDiff.Result result = TextDiff.between("请您签字。", "请您在这里签字。");

		assertThat(result.before()).containsExactly(new Part(Kind.SAME, "请您签字。"));
		assertThat(shown(result.after())).isEqualTo("请您{+在这里+}签字。");
	}

	@Test
	void a_deletion_marks_only_the_old_text() {
		TextDiff.Result result = TextDiff.between("请您务必仔细核对。", "请您核对。");

		assertThat(shown(result.before())).isEqualTo("请您[-务必仔细-]核对。");
		assertThat(result.after()).containsExactly(new Part(Kind.SAME, "请您核对。"));
	}

	@Test
	void a_placeholder_is_one_word() {
		assertThat(TextDiff.tokens("{customer.name}您好")).containsExactly("{customer.name}", "您", "好");
		assertThat(TextDiff.tokens("{客户姓名}，您好")).containsExactly("{客户姓名}", "，", "您", "好");

		TextDiff.Result result = TextDiff.between("{customer.name}，您好", "{staff.name}，您好");

		assertThat(shown(result.before())).isEqualTo("[-{customer.name}-]，您好");
		assertThat(shown(result.after())).isEqualTo("{+{staff.name}+}，您好");
	}

	@Test
	void a_brace_that_closes_nothing_is_a_sign_of_its_own() {
		assertThat(TextDiff.tokens("{a b}")).containsExactly("{", "a", " ", "b", "}");
		assertThat(TextDiff.tokens("价格{")).containsExactly("价", "格", "{");
		assertThat(TextDiff.tokens("{}")).containsExactly("{", "}");
	}

	@Test
	void identical_texts_have_no_marks() {
		TextDiff.Result result = TextDiff.between(LONG_SCRIPT, LONG_SCRIPT);

		assertThat(result.changed()).isFalse();
		assertThat(result.before()).containsExactly(new Part(Kind.SAME, LONG_SCRIPT));
		assertThat(result.after()).containsExactly(new Part(Kind.SAME, LONG_SCRIPT));
		assertThat(TextDiff.between(null, "").changed()).isFalse();
		assertThat(TextDiff.between(null, null).before()).isEmpty();
	}

	@Test
	void text_that_appears_or_disappears_is_marked_whole() {
		assertThat(shown(TextDiff.between(null, "新说明").after())).isEqualTo("{+新说明+}");
		assertThat(shown(TextDiff.between("旧说明", "").before())).isEqualTo("[-旧说明-]");
	}

	@Test
	void mixed_chinese_and_english_marks_whole_english_words() {
		assertThat(TextDiff.tokens("办理5G plan，iPhone15用户")).containsExactly("办", "理", "5G", " ", "plan", "，",
				"iPhone15", "用", "户");

		TextDiff.Result result = TextDiff.between("推荐5G basic套餐 for students", "推荐5G premium套餐 for everyone");

		assertThat(shown(result.before())).isEqualTo("推荐5G [-basic-]套餐 for [-students-]");
		assertThat(shown(result.after())).isEqualTo("推荐5G {+premium+}套餐 for {+everyone+}");
	}

	@Test
	void a_rewritten_sentence_reads_as_one_replacement_not_as_scattered_characters() {
		TextDiff.Result result = TextDiff.between("请您出示本人有效证件。", "麻烦把您的证件给我看一下。");

		assertThat(shown(result.before())).isEqualTo("[-请您出示本人有效证件-]。");
		assertThat(shown(result.after())).isEqualTo("{+麻烦把您的证件给我看一下+}。");
	}

	@Test
	void line_breaks_and_spaces_are_kept() {
		TextDiff.Result result = TextDiff.between("第一行\n第二行", "第一行\n\n第二行改");

		assertThat(joined(result.before())).isEqualTo("第一行\n第二行");
		assertThat(joined(result.after())).isEqualTo("第一行\n\n第二行改");
		assertThat(result.after()).contains(new Part(Kind.INSERTED, "改"));
	}

	@Test
	void characters_outside_the_basic_plane_are_not_split() {
		assertThat(TextDiff.tokens("𠀀😀a")).containsExactly("𠀀", "😀", "a");
		assertThat(joined(TextDiff.between("您好😀", "您好👍").after())).isEqualTo("您好👍");
	}

	@Test
	void texts_too_long_to_compare_word_by_word_are_shown_replaced_whole() {
		String before = "甲".repeat(2100);
		String after = "乙".repeat(2100);
		assertThat((long) before.length() * after.length()).isGreaterThan(TextDiff.CELL_LIMIT);

		TextDiff.Result result = TextDiff.between("开头" + before + "结尾", "开头" + after + "结尾");

		assertThat(result.before()).containsExactly(new Part(Kind.SAME, "开头"), new Part(Kind.DELETED, before),
				new Part(Kind.SAME, "结尾"));
		assertThat(result.after()).containsExactly(new Part(Kind.SAME, "开头"), new Part(Kind.INSERTED, after),
				new Part(Kind.SAME, "结尾"));
	}

	@Test
	void either_side_always_gives_back_its_text_whole_and_marks_only_its_own_kind() {
		Random random = new Random(15);
		String alphabet = "的了是请您办理套餐ab 5{x}，。\n";
		for (int round = 0; round < 500; round++) {
			String before = randomText(random, alphabet);
			String after = randomText(random, alphabet);

			TextDiff.Result result = TextDiff.between(before, after);

			assertThat(joined(result.before())).as(before + " → " + after).isEqualTo(before);
			assertThat(joined(result.after())).as(before + " → " + after).isEqualTo(after);
			assertThat(result.before()).extracting(Part::kind).doesNotContain(Kind.INSERTED);
			assertThat(result.after()).extracting(Part::kind).doesNotContain(Kind.DELETED);
			assertThat(result.changed()).isEqualTo(!before.equals(after));
		}
	}

	private static String randomText(Random random, String alphabet) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(30);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	private static String joined(List<Part> parts) {
		return parts.stream().map(Part::text).collect(Collectors.joining());
	}

	/** Deletions as [-…-], insertions as {+…+}. */
	private static String shown(List<Part> parts) {
		return parts.stream().map(p -> switch (p.kind()) {
			case SAME -> p.text();
			case DELETED -> "[-" + p.text() + "-]";
			case INSERTED -> "{+" + p.text() + "+}";
		}).collect(Collectors.joining());
	}

}
