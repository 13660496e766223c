package com.hallflow.variant;

import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import java.util.List;

/**
 * A replacement-card flow with head office's marks, as the overlay tests lay overlays on
 * it, and the Guangdong 人证比对 step.
 */
public final class OverlayFixtures {

	private OverlayFixtures() {
	}

	/**
	 * 查询号码状态 → (停机) 停机提示 (optional, calls 缴费 and returns) → 核验身份 (locked, open before,
	 * with a choice and an amount) → 按等级补卡 (open before, a locked item) → 讲解并收费 (an
	 * amount) → 客户签字 (locked, open before) → 推荐增值业务 (optional) → 交付单据 (a locked item).
	 */
	public static FlowDocument simReplacement() {
		return new FlowDocument(FlowDocument.CURRENT_FORMAT, "SIM_REPLACEMENT", "补卡", "业务变更", null, null, 10, List.of(
				StepDefinition.of("check-status", "查询号码状态", "请告诉我需要补卡的号码。")
					.withInputs(List.of(InputDefinition.of("suspended", "号码已停机", InputType.YES_NO, true)))
					.withDecision(new Decision(List.of(new Decision.Rule(
							Decision.Condition.of("suspended", Decision.Operator.EQUALS, Boolean.TRUE),
							Target.step("suspended-notice"))), Target.step("verify"))),
				StepDefinition.of("suspended-notice", "停机提示", "您的号码已停机，请先缴费。")
					.withDecision(new Decision(List.of(), Target.call("BILL_PAYMENT", "verify")))
					.withRegionalMarks(false, true, false),
				StepDefinition.of("verify", "核验身份", "请出示机主本人有效身份证件。")
					.withInputs(List.of(new InputDefinition("idType", "证件类型", InputType.CHOICE, true,
							List.of("居民身份证", "护照"), List.of()),
							InputDefinition.of("deposit", "押金（元）", InputType.MONEY, false)))
					.withRegionalMarks(true, false, true),
				StepDefinition.of("replace-card", "按等级补卡", "我按{input.grade}的规定为您补办新卡。")
					.withChecklist(
							List.of(new ChecklistItem("核验机主本人有效身份证件", true, true), new ChecklistItem("写入新卡并激活", true)))
					.withInputs(List.of(new InputDefinition("grade", "客户等级", InputType.CHOICE, true,
							List.of("普通客户", "金卡客户"), List.of())))
					.withRegionalMarks(false, false, true),
				StepDefinition.of("fee", "讲解并收费", "补卡工本费{input.fee}元。")
					.withInputs(List.of(InputDefinition.of("fee", "工本费（元）", InputType.MONEY, true))),
				StepDefinition.of("sign", "客户签字", "请您核对业务单据后签名。")
					.withInputs(List.of(new InputDefinition("signature", "签名", InputType.SIGNATURE, true, List.of(),
							List.of("客户"))))
					.withFlags(true, false, false)
					.withRegionalMarks(true, false, true),
				StepDefinition.of("recommend", "推荐增值业务", "近期有几项适合您的增值业务。")
					.withFlags(false, false, true)
					.withRegionalMarks(false, true, false),
				StepDefinition.of("hand-over", "交付单据", "这是您的新卡和单据。")
					.withChecklist(List.of(new ChecklistItem("新卡、业务单据和证件交给客户", true, true)))));
	}

	/**
	 * 人证比对: the customer's face against the ID card's photo; a mismatch ends the run as
	 * not eligible.
	 */
	public static StepDefinition faceCheck() {
		return StepDefinition.of("face-check", "人证比对", "请您看向摄像头，我们将比对您本人与身份证件照片。")
			.withChecklist(List.of(new ChecklistItem("人证比对结果为一致", true)))
			.withInputs(List.of(InputDefinition.of("faceMatches", "比对一致", InputType.YES_NO, true)))
			.withDecision(new Decision(List
				.of(new Decision.Rule(Decision.Condition.of("faceMatches", Decision.Operator.EQUALS, Boolean.FALSE),
						Target.end(Target.Outcome.NOT_ELIGIBLE))),
					Target.step("replace-card")));
	}

	public static FlowOverlay overlay(String region, OverlayChange... changes) {
		return new FlowOverlay(FlowOverlay.CURRENT_FORMAT, "SIM_REPLACEMENT", region, 1, List.of(changes));
	}

}
