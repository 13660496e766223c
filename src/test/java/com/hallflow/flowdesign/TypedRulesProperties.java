package com.hallflow.flowdesign;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.Decision.Condition;
import com.hallflow.flowdesign.Decision.Operator;
import com.hallflow.flowdesign.Decision.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * What the designer can enter is what the format, the validator and the import accept:
 * drafts are built the way the editor builds them — inputs of every type, rules whose
 * tests come from the operators the editor offers for the input's type and values from
 * the field the editor shows for it (是/否, the choice's options, a number, a date, text),
 * all-of and any-of groups, branches forward to later steps, calls and ends. A draft the
 * validator accepts is accepted by the schema and the import and re-imports byte for
 * byte; a test the editor can build never counts as one that can never match.
 */
class TypedRulesProperties {

	private static final Map<String, Set<String>> PUBLISHED = Map.of("BILL_PAYMENT", Set.of());

	@Property(tries = 300)
	void what_the_designer_can_build_is_accepted_everywhere_and_reimports_byte_for_byte(
			@ForAll("randoms") Random random) {
		FlowDocument draft = draft(random);
		List<ValidationIssue> errors = new FlowValidator(PUBLISHED).validate(draft)
			.stream()
			.filter(ValidationIssue::isError)
			.toList();
		assertThat(errors).extracting(ValidationIssue::code)
			.doesNotContain(ValidationCode.OPERATOR_NOT_FOR_TYPE, ValidationCode.VALUE_MISSING,
					ValidationCode.VALUE_NOT_YES_NO, ValidationCode.VALUE_NOT_AN_OPTION,
					ValidationCode.VALUE_NOT_A_NUMBER, ValidationCode.VALUE_NOT_A_DATE, ValidationCode.VALUE_NOT_TEXT,
					ValidationCode.INPUT_NOT_YET_ANSWERED, ValidationCode.PLACEHOLDER_MALFORMED);
		Statistics.collect(errors.isEmpty() ? "valid" : "has other errors");
		if (!errors.isEmpty()) {
			return;
		}
		String written = FlowJson.write(draft);
		FlowDocument read = FlowJson.read(written);
		assertThat(read).isEqualTo(draft);
		assertThat(FlowJson.write(read)).isEqualTo(written);
		assertThat(ImportChecks.problems(read, new FlowValidator(PUBLISHED).validate(read), new TranslationProvider()))
			.isEmpty();
	}

	@Provide
	Arbitrary<Random> randoms() {
		return Arbitraries.randoms();
	}

	private static FlowDocument draft(Random random) {
		int size = 2 + random.nextInt(6);
		List<StepDefinition> steps = new ArrayList<>();
		int inputNumber = 0;
		for (int i = 0; i < size; i++) {
			List<InputDefinition> inputs = new ArrayList<>();
			for (int n = random.nextInt(3); n > 0; n--) {
				inputs.add(input("in" + inputNumber++, random));
			}
			StepDefinition step = new StepDefinition("s" + i, "第 " + (i + 1) + " 步", null,
					random.nextBoolean() ? "您好，{customer.name}。" : "请稍等。", List.of(), inputs, false, null, false,
					false);
			if (!inputs.isEmpty() && i + 1 < size && random.nextInt(3) > 0) {
				List<Rule> rules = new ArrayList<>();
				for (int r = 1 + random.nextInt(2); r > 0; r--) {
					rules.add(new Rule(condition(inputs, random), target(i, size, random)));
				}
				step = step.withDecision(new Decision(rules, random.nextBoolean() ? target(i, size, random) : null));
			}
			steps.add(step);
		}
		return new FlowDocument(FlowDocument.CURRENT_FORMAT, "TYPED_DRAFT", "类型化草稿", "测试", null, null, null, steps);
	}

	private static InputDefinition input(String key, Random random) {
		InputType type = InputType.values()[random.nextInt(InputType.values().length)];
		return new InputDefinition(key, "问题 " + key, type, random.nextBoolean(),
				type == InputType.CHOICE ? List.of("A 套餐", "B 套餐", "不办理") : List.of(),
				type == InputType.SIGNATURE ? List.of("客户") : List.of());
	}

	/** A test as the editor builds it, sometimes several in an all-of or any-of group. */
	private static Condition condition(List<InputDefinition> inputs, Random random) {
		int tests = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
		List<Condition> members = new ArrayList<>();
		for (int t = 0; t < tests; t++) {
			members.add(test(inputs.get(random.nextInt(inputs.size())), random));
		}
		if (members.size() == 1) {
			return members.get(0);
		}
		return random.nextBoolean() ? Condition.allOf(members) : Condition.anyOf(members);
	}

	private static Condition test(InputDefinition input, Random random) {
		List<Operator> offered = Operator.suitedTo(input.type());
		Operator operator = offered.get(random.nextInt(offered.size()));
		if (!operator.needsValue()) {
			return Condition.of(input.key(), operator, null);
		}
		Object value = switch (input.type()) {
			case YES_NO -> random.nextBoolean();
			case CHOICE -> input.options().get(random.nextInt(input.options().size()));
			case NUMBER -> BigDecimal.valueOf(random.nextInt(2000) - 1000, random.nextInt(3));
			case MONEY -> BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3));
			case DATE -> "2026-12-" + String.format("%02d", 1 + random.nextInt(28));
			case TEXT, MOBILE, RESIDENT_ID -> List.of("138", "张", "VIP 客户").get(random.nextInt(3));
			case SIGNATURE -> throw new IllegalStateException("a signature is only answered or not");
		};
		return Condition.of(input.key(), operator, value);
	}

	/** A branch forward: a later step, a call that returns to a later step, or an end. */
	private static Target target(int at, int size, Random random) {
		int later = at + 1 + random.nextInt(size - at - 1);
		return switch (random.nextInt(3)) {
			case 0 -> Target.step("s" + later);
			case 1 -> Target.call("BILL_PAYMENT", "s" + later);
			default -> Target.end(Target.Outcome.values()[random.nextInt(Target.Outcome.values().length)]);
		};
	}

}
