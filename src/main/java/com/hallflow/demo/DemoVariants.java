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

	private static final Logger log = LoggerFactory.getLogger(DemoVariants.class);

	private final FlowDesignService flows;

	private final StagedPublishService staged;

	private final FlowRolloutService rollouts;

	private final BranchService branches;

	private final RegionService regions;

	private final HistoryClock clock;

	DemoVariants(FlowDesignService flows, StagedPublishService staged, FlowRolloutService rollouts,
			BranchService branches, RegionService regions, HistoryClock clock) {
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
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
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

}
