package com.hallflow.flowdesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.Decision.Condition;
import com.hallflow.flowdesign.Decision.Operator;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowPaths;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conditions and paths read as sentences in each language, with names, never keys. */
class FlowWordsTest {

	private final TranslationProvider translations = new TranslationProvider();

	private final Condition suspendedAndOwing = Condition
		.allOf(List.of(Condition.of("suspended", Operator.EQUALS, true),
				Condition.anyOf(List.of(Condition.of("owed", Operator.GREATER_THAN, new BigDecimal("100.5")),
						Condition.of("note", Operator.ANSWERED, null)))));

	private final FlowDocument flow = new FlowDocument(FlowDocument.CURRENT_FORMAT, "WORDS", "措辞", null, null, null,
			null,
			List.of(StepDefinition.of("check", "查询号码状态", "请稍等。")
				.withInputs(List.of(InputDefinition.of("suspended", "号码已停机", InputType.YES_NO, true),
						InputDefinition.of("owed", "欠费金额", InputType.MONEY, false),
						InputDefinition.of("note", "备注", InputType.TEXT, false)))
				.withDecision(new Decision(
						List.of(new Decision.Rule(suspendedAndOwing, Target.call("BILL_PAYMENT", "explain"))), null)),
					StepDefinition.of("explain", "讲解变更内容", "新套餐下月生效。")));

	private FlowWords words(Locale locale) {
		return new FlowWords(flow, Map.of("BILL_PAYMENT", "缴费"),
				(key, args) -> translations.getTranslation(key, locale, args));
	}

	@Test
	void a_condition_reads_with_questions_signs_money_and_groups() {
		assertThat(words(TranslationProvider.CHINESE).condition(suspendedAndOwing))
			.isEqualTo("号码已停机 = 是 且 （欠费金额 > ¥100.5 或 备注 已填写）");
		assertThat(words(TranslationProvider.ENGLISH).condition(suspendedAndOwing))
			.isEqualTo("号码已停机 = Yes and (欠费金额 > ¥100.5 or 备注 is answered)");
	}

	@Test
	void a_path_reads_as_a_sentence_without_chinese_punctuation_in_english() {
		FlowPaths.FlowPath path = FlowPaths.of(flow, Map.of(), 10).paths().get(0);
		assertThat(words(TranslationProvider.CHINESE).path(path))
			.isEqualTo("查询号码状态（号码已停机 = 是 且 （欠费金额 > ¥100.5 或 备注 已填写）） → 先办理 缴费 → 讲解变更内容 → 办理完成");
		assertThat(words(TranslationProvider.ENGLISH).path(path)).doesNotContain("（", "）", "：", "；")
			.contains("Another flow first: 缴费")
			.doesNotContain("缴费 first");
	}

	@Test
	void a_step_that_always_goes_one_way_is_not_said_to_go_otherwise() {
		FlowDocument always = flow.withSteps(List.of(
				StepDefinition.of("sorry", "告知不符合条件", "很抱歉。")
					.withDecision(new Decision(List.of(), Target.end(Target.Outcome.NOT_ELIGIBLE))),
				StepDefinition.of("explain", "讲解变更内容", "")));
		FlowPaths.FlowPath path = FlowPaths.of(always, Map.of(), 10).paths().get(0);
		assertThat(new FlowWords(always, Map.of(),
				(key, args) -> translations.getTranslation(key, TranslationProvider.CHINESE, args))
			.path(path)).isEqualTo("告知不符合条件 → 不符合办理条件");
	}

	@Test
	void every_comparison_has_a_sign_in_both_languages() {
		for (Locale locale : TranslationProvider.LOCALES) {
			for (Operator operator : Operator.values()) {
				assertThat(translations.getTranslation(operator.signKey(), locale)).as(operator + " " + locale)
					.doesNotStartWith("!");
			}
		}
	}

}
