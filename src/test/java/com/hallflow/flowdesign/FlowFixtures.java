package com.hallflow.flowdesign;

import java.util.ArrayList;
import java.util.List;

/**
 * Small builders for flow documents in tests:
 * {@code flow("PLAN_CHANGE").step(...).build()}.
 */
public final class FlowFixtures {

	private final String key;

	private final List<StepDefinition> steps = new ArrayList<>();

	private FlowFixtures(String key) {
		this.key = key;
	}

	public static FlowFixtures flow(String key) {
		return new FlowFixtures(key);
	}

	public FlowFixtures step(String stepKey) {
		return step(StepDefinition.of(stepKey, "步骤 " + stepKey, "您好，{customer.name}。"));
	}

	public FlowFixtures step(StepDefinition step) {
		steps.add(step);
		return this;
	}

	/** Gives the last step a decision. */
	public FlowFixtures decision(Decision decision) {
		StepDefinition last = steps.remove(steps.size() - 1);
		steps.add(last.withDecision(decision));
		return this;
	}

	public static Decision.Rule when(String input, Object value, Target then) {
		return new Decision.Rule(Decision.Condition.of(input, Decision.Operator.EQUALS, value), then);
	}

	public static StepDefinition withInputs(StepDefinition step, InputDefinition... inputs) {
		return step.withInputs(List.of(inputs));
	}

	/**
	 * A draft with one yes/no decision: 查询号码状态 goes to 停机提示 when 号码已停机 = 是, otherwise to
	 * 讲解变更内容; 停机提示 runs on into 讲解变更内容.
	 */
	public static FlowDocument suspendedCheck(String key, String name) {
		return new FlowDocument(FlowDocument.CURRENT_FORMAT, key, name, "测试", null, null, null, List.of(
				StepDefinition.of("check", "查询号码状态", "请稍等。")
					.withInputs(List.of(InputDefinition.of("suspended", "号码已停机", InputType.YES_NO, true)))
					.withDecision(new Decision(List.of(when("suspended", true, Target.step("notice"))),
							Target.step("explain"))),
				StepDefinition.of("notice", "停机提示", "请先缴费。"), StepDefinition.of("explain", "讲解变更内容", "新套餐下月生效。")));
	}

	/**
	 * 查询号码状态 calls 缴费 and comes back to 讲解变更内容 when 号码已停机 = 是, otherwise goes there
	 * directly; the step between runs on.
	 */
	public static FlowDocument planWithCall() {
		return flow("PLAN_CHANGE")
			.step(StepDefinition.of("check", "查询号码状态", "请稍等。")
				.withInputs(List.of(InputDefinition.of("suspended", "号码已停机", InputType.YES_NO, true))))
			.decision(new Decision(List.of(when("suspended", true, Target.call("BILL_PAYMENT", "explain"))),
					Target.step("explain")))
			.step("notice")
			.step(StepDefinition.of("explain", "讲解变更内容", "新套餐下月生效。"))
			.build();
	}

	public FlowDocument build() {
		return new FlowDocument(FlowDocument.CURRENT_FORMAT, key, "流程 " + key, "业务", null, null, 8, steps);
	}

}
