package com.hallflow.variant;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of laying overlays on random flows with random marks: what head office
 * locked survives every overlay; laying an overlay commutes with a head-office change
 * that leaves the overlay's steps alone (a rebase then changes nothing the region made).
 */
class OverlayMergeProperties {

	private static final List<String> SCRIPTS = List.of("您好，{customer.name}。", "请出示身份证件。", "", "缴费金额：{input.m1} 元");

	private static final List<String> TEXTS = List.of("本省补充说明。", "核对工单", "全球通客户", "广东话术");

	/**
	 * A step as drawn before it has its place: its targets name steps by index; its marks
	 * are bits (1 locked, 2 optional, 4 open before).
	 */
	record StepSpec(String script, List<ChecklistItem> items, boolean choice, boolean money, List<TargetSpec> rules,
			TargetSpec otherwise, int marks) {

		boolean locked() {
			return (marks & 1) != 0;
		}

		boolean optional() {
			return (marks & 2) != 0;
		}

		boolean openBefore() {
			return (marks & 4) != 0;
		}

	}

	/** A target by kind: 0 a step, 1 a call returning to a step, 2 an end. */
	record TargetSpec(int kind, int index, Target.Outcome outcome) {

		Target target(List<String> keys) {
			return switch (kind) {
				case 0 -> Target.step(keys.get(index % keys.size()));
				case 1 -> Target.call("BILL_PAYMENT", keys.get(index % keys.size()));
				default -> Target.end(outcome);
			};
		}

	}

	/** A change as drawn: its step by index (past the end: a step head office lacks). */
	record ChangeSpec(OverlayChange.Op op, int step, String text, int inputKind, BigDecimal amount, int insertKind,
			boolean insertMarked) {
	}

	record Case(FlowDocument flow, FlowOverlay overlay) {
	}

	@Property(tries = 400)
	void every_locked_step_survives_every_overlay(@ForAll("cases") Case c) {
		OverlayMerge.Applied applied = OverlayMerge.apply(c.flow(), c.overlay());
		Set<String> baseKeys = new HashSet<>();
		c.flow().steps().forEach(s -> baseKeys.add(s.key()));
		for (StepDefinition base : c.flow().steps()) {
			if (!base.locked()) {
				continue;
			}
			StepDefinition merged = applied.document().step(base.key()).orElse(null);
			assertThat(merged).as("locked step %s survives", base.key()).isNotNull();
			assertThat(merged.inputs()).isEqualTo(base.inputs());
			assertThat(orEmpty(merged.script())).startsWith(orEmpty(base.script()));
			assertThat(merged.checklist().size()).isGreaterThanOrEqualTo(base.checklist().size());
			assertThat(merged.checklist().subList(0, base.checklist().size())).isEqualTo(base.checklist());
			assertThat(merged.withScript(base.scriptRef(), base.script())
				.withChecklist(base.checklist())
				.withDecision(base.decision())).isEqualTo(base);
			assertSameWaysOut(base.decision(), merged.decision(), baseKeys);
		}
	}

	@Property(tries = 400)
	void laying_an_overlay_commutes_with_a_head_office_change_that_leaves_its_steps_alone(@ForAll("cases") Case c,
			@ForAll("changes") int which, @ForAll("steps") int at) {
		FlowOverlay clean = onlyWhatApplies(c.flow(), c.overlay());
		OverlayMerge.Applied before = OverlayMerge.apply(c.flow(), clean);
		assertThat(before.clean()).isTrue();
		Set<String> referenced = new HashSet<>();
		clean.changes().forEach(ch -> referenced.add(ch.step()));
		List<String> untouched = c.flow()
			.steps()
			.stream()
			.map(StepDefinition::key)
			.filter(k -> !referenced.contains(k))
			.toList();
		String last = c.flow().steps().get(c.flow().steps().size() - 1).key();
		UnaryOperator<FlowDocument> delta;
		if (which == 0 && before.document().step(last).isPresent()) {
			delta = f -> {
				List<StepDefinition> steps = new ArrayList<>(f.steps());
				steps.add(StepDefinition.of("hq-new", "总部新增", "感谢您的耐心。")
					.withInputs(List.of(InputDefinition.of("hqRating", "满意度", InputType.TEXT, false))));
				return f.withSteps(steps);
			};
		}
		else if (!untouched.isEmpty()) {
			String key = untouched.get(at % untouched.size());
			delta = which == 1 ? f -> mapStep(f, key, s -> s.withIdentity(s.key(), s.title() + "（新）"))
					: f -> mapStep(f, key, s -> s.withScript(null, "总部新话术。"));
		}
		else {
			return;
		}

		OverlayMerge.Applied rebased = OverlayMerge.apply(delta.apply(c.flow()), clean);

		assertThat(rebased.problems()).isEmpty();
		assertThat(rebased.document()).isEqualTo(delta.apply(before.document()));
	}

	@Provide
	Arbitrary<Integer> changes() {
		return Arbitraries.integers().between(0, 2);
	}

	@Provide
	Arbitrary<Integer> steps() {
		return Arbitraries.integers().between(0, 20);
	}

	@Provide
	Arbitrary<Case> cases() {
		Arbitrary<TargetSpec> target = Combinators
			.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 9),
					Arbitraries.of(Target.Outcome.class))
			.as(TargetSpec::new);
		Arbitrary<ChecklistItem> item = Combinators
			.combine(Arbitraries.of("复印身份证", "验钞", "客户签字确认"), Arbitraries.of(true, false),
					Arbitraries.of(true, false, false))
			.as(ChecklistItem::new);
		Arbitrary<StepSpec> step = Combinators
			.combine(Arbitraries.of(SCRIPTS).injectNull(0.2), item.list().ofMaxSize(2), Arbitraries.of(true, false),
					Arbitraries.of(true, false), target.list().ofMaxSize(2), target.injectNull(0.4),
					Arbitraries.integers().between(0, 7))
			.as(StepSpec::new);
		Arbitrary<ChangeSpec> change = Combinators
			.combine(Arbitraries.of(OverlayChange.Op.class), Arbitraries.integers().between(0, 9),
					Arbitraries.of(TEXTS).injectNull(0.05), Arbitraries.integers().between(0, 2),
					Arbitraries.of(new BigDecimal("50"), new BigDecimal("0"), new BigDecimal("99.99")),
					Arbitraries.integers().between(0, 4), Arbitraries.of(false, false, false, true))
			.as(ChangeSpec::new);
		return Combinators.combine(step.list().ofMinSize(2).ofMaxSize(8), change.list().ofMaxSize(6))
			.as(OverlayMergeProperties::build);
	}

	private static Case build(List<StepSpec> specs, List<ChangeSpec> changeSpecs) {
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			keys.add("s" + i);
		}
		List<StepDefinition> steps = new ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			StepSpec spec = specs.get(i);
			String choice = "c" + i;
			List<InputDefinition> inputs = new ArrayList<>();
			if (spec.choice()) {
				inputs.add(new InputDefinition("c" + i, "选项", InputType.CHOICE, true, List.of("甲", "乙"), List.of()));
			}
			if (spec.money()) {
				inputs.add(InputDefinition.of("m" + i, "金额", InputType.MONEY, true));
			}
			Decision decision = spec.rules().isEmpty() && spec.otherwise() == null ? null
					: new Decision(spec.rules()
						.stream()
						.map(t -> new Decision.Rule(Decision.Condition.of(choice, Decision.Operator.EQUALS, "甲"),
								t.target(keys)))
						.toList(), spec.otherwise() == null ? null : spec.otherwise().target(keys));
			steps.add(new StepDefinition(keys.get(i), "步骤" + i, null, spec.script(), spec.items(), inputs, false,
					decision, false, false, null, false, spec.locked(), spec.optional(), spec.openBefore()));
		}
		FlowDocument flow = new FlowDocument(FlowDocument.CURRENT_FORMAT, "SIM_REPLACEMENT", "补卡", null, null, null,
				null, steps);
		List<OverlayChange> changes = new ArrayList<>();
		for (int j = 0; j < changeSpecs.size(); j++) {
			changes.add(change(changeSpecs.get(j), j, keys));
		}
		return new Case(flow, new FlowOverlay(FlowOverlay.CURRENT_FORMAT, "SIM_REPLACEMENT", "GD", 1, changes));
	}

	private static OverlayChange change(ChangeSpec spec, int j, List<String> keys) {
		String step = spec.step() < keys.size() ? keys.get(spec.step()) : "gone";
		String input = switch (spec.inputKind()) {
			case 0 -> "c" + spec.step();
			case 1 -> "m" + spec.step();
			default -> "nothing";
		};
		return switch (spec.op()) {
			case INSERT_BEFORE -> OverlayChange.insertBefore(step, inserted(spec, j, step, keys));
			case REPLACE_SCRIPT -> OverlayChange.replaceScript(step, spec.text(), spec.inputKind() == 2 ? "旧话术" : null);
			case APPEND_SCRIPT -> OverlayChange.appendScript(step, spec.text());
			case ADD_CHECKLIST_ITEM -> OverlayChange.addChecklistItem(step, spec.text(), spec.inputKind() == 0);
			case ADD_OPTION -> OverlayChange.addOption(step, input, spec.text());
			case SET_MONEY_LIMIT -> OverlayChange.setMoneyLimit(step, input, spec.amount());
			case HIDE_STEP -> OverlayChange.hideStep(step);
		};
	}

	private static StepDefinition inserted(ChangeSpec spec, int j, String before, List<String> keys) {
		Decision decision = switch (spec.insertKind()) {
			case 0 -> null;
			case 1 -> new Decision(List.of(), Target.step(before));
			case 2 -> new Decision(
					List.of(new Decision.Rule(Decision.Condition.of("r" + j + "ok", Decision.Operator.EQUALS, false),
							Target.end(Target.Outcome.DECLINED))),
					Target.call("BILL_PAYMENT", before));
			case 3 -> new Decision(List.of(), Target.end(Target.Outcome.COMPLETED));
			default -> new Decision(List.of(), Target.step(keys.get(spec.step() % keys.size())));
		};
		return StepDefinition.of("r" + j, "本省步骤" + j, "请配合本省规定。")
			.withInputs(List.of(InputDefinition.of("r" + j + "ok", "通过", InputType.YES_NO, true)))
			.withDecision(decision)
			.withRegionalMarks(spec.insertMarked(), false, false);
	}

	/** The overlay without the changes that could not be laid on {@code flow}. */
	private static FlowOverlay onlyWhatApplies(FlowDocument flow, FlowOverlay overlay) {
		Set<Integer> applied = new HashSet<>();
		OverlayMerge.apply(flow, overlay).touched().forEach(t -> applied.add(t.index()));
		List<OverlayChange> kept = new ArrayList<>();
		for (int i = 0; i < overlay.changes().size(); i++) {
			if (applied.contains(i)) {
				kept.add(overlay.changes().get(i));
			}
		}
		return overlay.withChanges(kept);
	}

	private static FlowDocument mapStep(FlowDocument flow, String key, UnaryOperator<StepDefinition> change) {
		return flow.withSteps(flow.steps().stream().map(s -> s.key().equals(key) ? change.apply(s) : s).toList());
	}

	/**
	 * The same rules and ways out, but for a step or a call's return sent into a step the
	 * region inserted.
	 */
	private static void assertSameWaysOut(Decision base, Decision merged, Set<String> baseKeys) {
		if (base == null) {
			assertThat(merged).isNull();
			return;
		}
		assertThat(merged.rules()).hasSameSizeAs(base.rules());
		for (int r = 0; r < base.rules().size(); r++) {
			assertThat(merged.rules().get(r).when()).isEqualTo(base.rules().get(r).when());
			assertSameOrIntoInserted(base.rules().get(r).then(), merged.rules().get(r).then(), baseKeys);
		}
		assertSameOrIntoInserted(base.otherwise(), merged.otherwise(), baseKeys);
	}

	private static void assertSameOrIntoInserted(Target base, Target merged, Set<String> baseKeys) {
		if (Objects.equals(base, merged)) {
			return;
		}
		assertThat(merged).as("a changed way out of a locked step").isNotNull();
		assertThat(merged.type()).isEqualTo(base.type());
		assertThat(merged.flow()).isEqualTo(base.flow());
		assertThat(merged.outcome()).isEqualTo(base.outcome());
		String now = merged.type() == Target.Type.CALL ? merged.returnTo() : merged.step();
		assertThat(baseKeys).as("only into a step the region inserted").doesNotContain(now);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

}
