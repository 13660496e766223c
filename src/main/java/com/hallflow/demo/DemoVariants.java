package com.hallflow.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StagedPublishService;
import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserFilter;
import com.hallflow.security.UserSummary;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayDraft;
import com.hallflow.variant.OverlayService;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.FlowRolloutCommand;
import com.hallflow.variant.FlowRolloutService;

/**
 * The demo's region variants and staged versions (docs/architecture.md §14): 套餐变更 version
 * 2 (其他需求 left out) piloted at 广州天河营业厅 through the whole generated history, Guangdong
 * next week and the network in three weeks, so the version comparison shows real figures
 * on both versions.
 */
@Component
@Profile("demo")
class DemoVariants {

	static final String PILOTED_FLOW = "PLAN_CHANGE";

	static final String PILOT_BRANCH = "GZ-TH-001";

	static final String VARIED_FLOW = "SIM_REPLACEMENT";

	static final String FACE_CHECK = "ren-zheng-bi-dui";

	private static final Logger log = LoggerFactory.getLogger(DemoVariants.class);

	private final FlowDesignService flows;

	private final StagedPublishService staged;

	private final FlowRolloutService rollouts;

	private final BranchService branches;

	private final RegionService regions;

	private final HistoryClock clock;

	private final OverlayService overlays;

	private final UserAccountService users;

	@SuppressWarnings("java:S107") // the services the demo's administrators would use
	DemoVariants(FlowDesignService flows, StagedPublishService staged, FlowRolloutService rollouts,
			BranchService branches, RegionService regions, HistoryClock clock, OverlayService overlays,
			UserAccountService users) {
		this.overlays = overlays;
		this.users = users;
		this.flows = flows;
		this.staged = staged;
		this.rollouts = rollouts;
		this.branches = branches;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * Publishes 套餐变更 version 2 staged and plans its rollout, where the flow has only its
	 * first version; as head office, on the loader's transaction. With
	 * {@code historyDays} of history to come, the version and its pilot start before it.
	 */
	void loadWhereMissing(int historyDays) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		Instant before = today.atStartOfDay(ClockConfiguration.BUSINESS_ZONE)
			.toInstant()
			.minus(Duration.ofDays(Math.max(historyDays, 0)))
			.minus(Duration.ofHours(12));
		clock.pin(before);
		try {
			guangdongsFaceCheckWhereMissing();
		}
		finally {
			clock.release();
		}
		if (flows.versions(PILOTED_FLOW).size() != 1 || rollouts.current(PILOTED_FLOW).isPresent()) {
			return;
		}
		BranchSummary pilot = branches.list(new BranchFilter(PILOT_BRANCH, null, null), PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.orElse(null);
		Map<String, RegionNode> byCode = regions.all()
			.stream()
			.collect(Collectors.toMap(RegionNode::code, r -> r, (a, b) -> a));
		if (pilot == null || !byCode.containsKey("GD")) {
			return;
		}
		Instant midnight = today.atStartOfDay(ClockConfiguration.BUSINESS_ZONE).toInstant();
		Instant pilotStarts = midnight.minus(Duration.ofDays(Math.max(historyDays, 0)));
		clock.pin(pilotStarts.minus(Duration.ofHours(12)));
		try {
			Draft draft = flows.newDraftFrom(PILOTED_FLOW, 1);
			FlowDocument v1 = draft.document();
			FlowDocument v2 = v1.withSteps(v1.steps().stream().filter(s -> !s.key().equals("anything-else")).toList());
			Draft saved = flows.saveDraft(PILOTED_FLOW, draft.lockVersion(), v2);
			int number = staged.publishStaged(PILOTED_FLOW, saved.lockVersion(), "精简：去掉“其他需求”一步，交付单据时一并询问", null);
			FlowRollout opened = rollouts.current(PILOTED_FLOW).orElseThrow();
			rollouts.save(new FlowRolloutCommand(opened.id(), opened.lockVersion(), null, null,
					List.of(new Stage(pilotStarts, List.of(RolloutTarget.branch(pilot.id()))),
							new Stage(midnight.plus(Duration.ofDays(7)),
									List.of(RolloutTarget.region(byCode.get("GD").id()))),
							new Stage(midnight.plus(Duration.ofDays(21)), List.of(RolloutTarget.NETWORK))),
					List.of()));
			log.info("Demo: {} version {} piloted at {} since {}", PILOTED_FLOW, number, pilot.name(), pilotStarts);
		}
		finally {
			clock.release();
		}
	}

	/**
	 * Guangdong's admin inserts 人证比对 before 按等级补卡 (head office opened the place): the
	 * customer looks into the camera; a mismatch ends the session as not eligible.
	 */
	private void guangdongsFaceCheckWhereMissing() {
		UserSummary admin = users.list(new UserFilter("gd-admin", StaffRole.REGION_ADMIN, null), PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.orElse(null);
		if (admin == null || admin.regionId() == null) {
			return;
		}
		long guangdong = admin.regionId();
		SystemAuthentication.callAs(admin, () -> {
			if (!overlays.history(VARIED_FLOW, guangdong).isEmpty()) {
				return null;
			}
			StepDefinition faceCheck = StepDefinition.of(FACE_CHECK, "人证比对", "请您看向摄像头，我们按广东省要求比对您本人与身份证件照片，一致后为您补卡。")
				.withChecklist(List.of(new ChecklistItem("人证比对设备显示“一致”", true)))
				.withInputs(List.of(InputDefinition.of("faceMatches", "人证比对一致", InputType.YES_NO, true)))
				.withDecision(new Decision(List
					.of(new Decision.Rule(Decision.Condition.of("faceMatches", Decision.Operator.EQUALS, Boolean.FALSE),
							Target.end(Target.Outcome.NOT_ELIGIBLE))),
						null));
			OverlayDraft draft = overlays.draft(VARIED_FLOW, guangdong);
			OverlayDraft saved = overlays.saveDraft(VARIED_FLOW, guangdong, draft.lockVersion(),
					draft.overlay().withChanges(List.of(OverlayChange.insertBefore("replace-card", faceCheck))));
			int number = overlays.publish(VARIED_FLOW, guangdong, saved.lockVersion(), "广东省要求：补卡前人证比对");
			log.info("Demo: Guangdong's overlay of {} version {} (人证比对)", VARIED_FLOW, number);
			return null;
		});
	}

}
