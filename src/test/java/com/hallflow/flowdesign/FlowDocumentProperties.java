package com.hallflow.flowdesign;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.Decision.Condition;
import com.hallflow.flowdesign.Decision.Operator;
import com.hallflow.flowdesign.Decision.Rule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties over random flow documents: the validator never crashes; the format
 * round-trips.
 */
class FlowDocumentProperties {

	private static final List<String> STEP_KEYS = List.of("greet", "check", "pay", "sign", "bye", "x", "y");

	private static final List<String> FLOW_KEYS = List.of("BILL_PAYMENT", "PLAN_CHANGE", "UNKNOWN_FLOW");

	@Property(tries = 300)
	void the_validator_never_crashes_and_reports_only_known_rules(@ForAll("anyFlow") FlowDocument flow) {
		List<ValidationIssue> issues = new FlowValidator(Map.of("BILL_PAYMENT", Set.of("PLAN_CHANGE"))).validate(flow);
		assertThat(issues).allSatisfy(i -> assertThat(i.code()).isNotNull());
	}

	@Property(tries = 200)
	void export_then_import_then_export_gives_the_same_bytes(@ForAll("schemaValidFlow") FlowDocument flow) {
		String first = FlowJson.write(flow);
		FlowDocument read = FlowJson.read(first);
		assertThat(read).isEqualTo(flow);
		assertThat(FlowJson.write(read)).isEqualTo(first);
	}

	@Provide
	Arbitrary<FlowDocument> anyFlow() {
		Arbitrary<String> key = Arbitraries.of(STEP_KEYS).injectNull(0.05);
		Arbitrary<Target> target = Combinators
			.combine(Arbitraries.of(Target.Type.class).injectNull(0.05), key, Arbitraries.of(FLOW_KEYS).injectNull(0.1),
					key, Arbitraries.of(Target.Outcome.class).injectNull(0.1))
			.as(Target::new)
			.injectNull(0.1);
		return flows(key, target, Arbitraries.strings().ofMaxLength(40).injectNull(0.1));
	}

	@Provide
	Arbitrary<FlowDocument> schemaValidFlow() {
		Arbitrary<String> key = Arbitraries.of(STEP_KEYS);
		Arbitrary<Target> target = Arbitraries.oneOf(key.map(Target::step),
				Combinators.combine(Arbitraries.of(FLOW_KEYS), key).as(Target::call),
				Arbitraries.of(Target.Outcome.class).map(Target::end));
		return flows(key, target, Arbitraries.of("您好，{customer.name}。", "请出示身份证件 <b>原件</b>",
				"<script>alert(1)</script>", "缴费金额：{input.amount} 元", "\"引号\" \\ 反斜杠"));
	}

	private static Arbitrary<FlowDocument> flows(Arbitrary<String> key, Arbitrary<Target> target,
			Arbitrary<String> text) {
		Arbitrary<InputDefinition> input = Combinators
			.combine(Arbitraries.of("amount", "suspended", "plan", "idNo"), Arbitraries.of("金额", "是否停机"),
					Arbitraries.of(InputType.class), Arbitraries.of(true, false),
					Arbitraries.of("A 套餐", "B 套餐").list().ofMaxSize(3), Arbitraries.of("客户", "新机主").list().ofMaxSize(2))
			.as(InputDefinition::new);
		Arbitrary<Rule> rule = Combinators
			.combine(Combinators
				.combine(Arbitraries.of("amount", "suspended", "ghost"), Arbitraries.of(Operator.class),
						Arbitraries.of((Object) Boolean.TRUE, "100", "", new BigDecimal("99.50")))
				.as(Condition::of), target)
			.as(Rule::new);
		Arbitrary<Decision> decision = Combinators.combine(rule.list().ofMaxSize(3), target.injectNull(0.5))
			.as(Decision::new)
			.injectNull(0.5);
		Arbitrary<ChecklistItem> item = Combinators.combine(Arbitraries.of("复印身份证", "验钞"), Arbitraries.of(true, false))
			.as(ChecklistItem::new);
		Arbitrary<StepDefinition> step = Combinators
			.combine(key, Arbitraries.of("问候", "核对"), Arbitraries.of("greeting", "farewell").injectNull(0.7), text,
					item.list().ofMaxSize(3), input.list().ofMaxSize(3), Arbitraries.of(true, false), decision)
			.as((k, title, ref, script, items, inputs, promo, dec) -> new StepDefinition(k, title, ref, script, items,
					inputs, promo, dec, false, false));
		Arbitrary<StepDefinition> flagged = Combinators
			.combine(step, Arbitraries.of(true, false), Arbitraries.of(true, false))
			.as((s, mandatory, noBack) -> new StepDefinition(s.key(), s.title(), s.scriptRef(), s.script(),
					s.checklist(), s.inputs(), s.promotionSlot(), s.decision(), mandatory, noBack));
		return Combinators
			.combine(Arbitraries.of("PLAN_CHANGE", "NEW_SUBSCRIPTION"), flagged.list().ofMinSize(1).ofMaxSize(8),
					Arbitraries.integers().between(1, 60).injectNull(0.3))
			.as((k, steps, minutes) -> new FlowDocument(FlowDocument.CURRENT_FORMAT, k, "套餐变更", "业务办理", null, null,
					minutes, steps));
	}

}
