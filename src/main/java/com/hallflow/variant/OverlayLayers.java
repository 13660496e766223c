package com.hallflow.variant;

import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowValidator;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowdesign.ValidationIssue;
import com.hallflow.organization.RegionNode;
import com.hallflow.variant.internal.FlowOverlayEntity;
import com.hallflow.variant.internal.FlowOverlayRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Lays a region's overlay on head office's version, its province's first for a city, and
 * checks the effective flow with head office's validator: the one way the editor, the
 * publish, the import and the rebase see an overlay.
 */
@Component
class OverlayLayers {

	private final PublishedFlowService published;

	private final FlowOverlayRepository overlays;

	OverlayLayers(PublishedFlowService published, FlowOverlayRepository overlays) {
		this.published = published;
		this.overlays = overlays;
	}

	/** Head office's newest published version of the flow: what overlays are laid on. */
	PublishedFlow newest(String flowKey) {
		return published.newest(flowKey).orElseThrow(() -> new BusinessException("variant.flow.notFound", flowKey));
	}

	/** Head office's flows that can be started, as they run now. */
	List<PublishedFlow> startable() {
		return published.startable();
	}

	/**
	 * For each flow that can be started, the flows it calls: what the validator needs.
	 */
	Map<String, Set<String>> calls() {
		Map<String, Set<String>> calls = new HashMap<>();
		for (PublishedFlow flow : published.startable()) {
			Set<String> called = new HashSet<>();
			for (StepDefinition step : flow.document().steps()) {
				Decision d = step.decision();
				if (d != null) {
					Stream.concat(d.rules().stream().map(Decision.Rule::then), Stream.ofNullable(d.otherwise()))
						.filter(t -> t != null && t.type() == Target.Type.CALL && t.flow() != null)
						.forEach(t -> called.add(t.flow()));
				}
			}
			calls.put(flow.key(), called);
		}
		return calls;
	}

	/** The province's newest published overlay of the flow when the region is a city. */
	Optional<FlowOverlay> provinceOverlay(String flowKey, RegionNode region) {
		if (region.isProvince()) {
			return Optional.empty();
		}
		return overlays.findByFlowKeyAndRegionIdAndNumberNotNullOrderByNumberDesc(flowKey, region.parentId())
			.stream()
			.filter(o -> o.getStatus() == FlowOverlayEntity.Status.PUBLISHED)
			.findFirst()
			.map(o -> OverlayJson.readStored(o.getDefinition()));
	}

	OverlayCheck check(PublishedFlow hq, RegionNode region, FlowOverlay overlay) {
		return check(hq, provinceOverlay(hq.key(), region).orElse(null), overlay, calls());
	}

	/**
	 * @param province the province's overlay to lay first, or null
	 */
	static OverlayCheck check(PublishedFlow hq, FlowOverlay province, FlowOverlay overlay,
			Map<String, Set<String>> calls) {
		List<FlowOverlay> layers = new ArrayList<>();
		if (province != null) {
			layers.add(province);
		}
		layers.add(overlay);
		OverlayMerge.Composed composed = OverlayMerge.compose(hq.document(), layers);
		List<OverlayIssue> issues = new ArrayList<>();
		composed.problems()
			.stream()
			.filter(l -> overlay.region().equals(l.region()))
			.map(OverlayIssue::of)
			.forEach(issues::add);
		FlowValidator validator = new FlowValidator(calls);
		Set<String> headOffices = new HashSet<>();
		validator.validate(hq.document()).forEach(i -> headOffices.add(signature(i)));
		FlowDocument effective = composed.document();
		validator.validate(effective)
			.stream()
			.filter(i -> !headOffices.contains(signature(i)))
			.map(i -> new OverlayIssue(-1, null, i.isError() ? OverlayIssue.Kind.INVALID : OverlayIssue.Kind.WARNING,
					i.messageKey(), i.args(), title(effective, i)))
			.forEach(issues::add);
		return new OverlayCheck(hq, province == null ? null : province.region(), overlay.region(), composed, issues,
				OverlayDiff.between(hq.document(), effective, layers));
	}

	private static String signature(ValidationIssue issue) {
		return issue.code() + "|" + issue.stepKey() + "|" + issue.args();
	}

	private static String title(FlowDocument document, ValidationIssue issue) {
		if (issue.stepTitle() != null) {
			return issue.stepTitle();
		}
		return issue.stepKey() == null ? null
				: document.step(issue.stepKey()).map(StepDefinition::title).orElse(issue.stepKey());
	}

}
