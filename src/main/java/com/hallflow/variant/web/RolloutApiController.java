package com.hallflow.variant.web;

import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.security.HeadOfficeOrRegion;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.FlowRolloutService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The staged rollout of a flow's versions over HTTP (docs/api.md). */
@RestController
@RequestMapping(path = "/api/flows", produces = MediaType.APPLICATION_JSON_VALUE)
@HeadOfficeOrRegion
class RolloutApiController {

	private final FlowRolloutService rollouts;

	private final PublishedFlowService flows;

	private final RegionService regions;

	private final BranchService branches;

	private final Clock clock;

	RolloutApiController(FlowRolloutService rollouts, PublishedFlowService flows, RegionService regions,
			BranchService branches, Clock clock) {
		this.rollouts = rollouts;
		this.flows = flows;
		this.regions = regions;
		this.branches = branches;
		this.clock = clock;
	}

	/**
	 * The rollout of the flow's versions that is open now, else its latest: 404 when the
	 * flow is unknown or none of its versions was staged.
	 */
	@GetMapping("/{key}/rollout")
	RolloutResponse rollout(@PathVariable String key) {
		if (flows.publishedVersions().stream().noneMatch(v -> v.flowKey().equals(key))) {
			throw new BusinessException("flowdesign.flow.notFound", key);
		}
		FlowRollout rollout = rollouts.current(key)
			.orElseThrow(() -> new BusinessException("variant.api.rollout.notFound", key));
		Map<Long, RegionNode> byId = regions.all()
			.stream()
			.collect(Collectors.toMap(RegionNode::id, Function.identity()));
		Function<RolloutTarget, TargetResponse> named = t -> switch (t.kind()) {
			case NETWORK -> new TargetResponse(t.kind().name(), null, null);
			case REGION -> {
				RegionNode region = byId.get(t.refId());
				yield new TargetResponse(t.kind().name(), region == null ? null : region.code(),
						region == null ? null : region.name());
			}
			case BRANCH -> {
				BranchSummary branch = branches.get(t.refId());
				yield new TargetResponse(t.kind().name(), branch.code(), branch.name());
			}
		};
		return new RolloutResponse(key, rollout.subjectNumber(), rollout.stateAt(clock.instant()).name(),
				rollout.paused(), rollout.rolledBack(),
				rollout.stages()
					.stream()
					.map(s -> new StageResponse(s.startsAt(), s.targets().stream().map(named).toList()))
					.toList(),
				rollout.exclusions().stream().map(named).toList());
	}

	record RolloutResponse(String flow, int version, String state, boolean paused, boolean rolledBack,
			List<StageResponse> stages, List<TargetResponse> exclusions) {
	}

	record StageResponse(Instant startsAt, List<TargetResponse> targets) {
	}

	/** {@code code} and {@code name} are null for the network. */
	record TargetResponse(String kind, String code, String name) {
	}

}
