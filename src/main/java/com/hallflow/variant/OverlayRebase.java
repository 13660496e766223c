package com.hallflow.variant;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditLog;
import com.hallflow.flowdesign.FlowVersionPublished;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.organization.RegionTree;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.variant.internal.FlowOverlayEntity;
import com.hallflow.variant.internal.FlowOverlayRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When head office publishes a version of a flow (also one that takes effect later),
 * every region's newest overlay of it is laid on that version within the same transaction
 * (docs/architecture.md §14): where every change still applies and the effective flow
 * passes head office's validator, the same changes are published as the region's next
 * version on it, by the system, audited; otherwise nothing is written and
 * {@link OverlayService#behind} lists the region with its conflicts. One read of the
 * overlays, provinces before their cities (a city's overlay is laid on its province's as
 * just rebased), one batched write.
 */
@Component
class OverlayRebase {

	private final FlowOverlayRepository overlays;

	private final PublishedFlowService published;

	private final OverlayLayers layers;

	private final RegionService regions;

	private final AuditLog audit;

	private final Clock clock;

	OverlayRebase(FlowOverlayRepository overlays, PublishedFlowService published, OverlayLayers layers,
			RegionService regions, AuditLog audit, Clock clock) {
		this.overlays = overlays;
		this.published = published;
		this.layers = layers;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	void onPublished(FlowVersionPublished event) {
		List<FlowOverlayEntity> latest = new ArrayList<>(overlays.latestPublished(event.key()));
		if (latest.isEmpty()) {
			return;
		}
		PublishedFlow hq = published.byVersionId(event.versionId());
		RegionTree tree = regions.tree();
		Map<String, Set<String>> calls = layers.calls();
		// provinces first: a city's overlay is laid on its province's
		latest.sort(Comparator.comparing((FlowOverlayEntity o) -> tree.path(o.getRegionId()).length)
			.thenComparing(FlowOverlayEntity::getRegionId));
		Map<Long, FlowOverlay> onNewBase = new HashMap<>();
		Map<Long, FlowOverlay> lastPublished = new HashMap<>();
		List<FlowOverlayEntity> rebased = new ArrayList<>();
		Instant now = clock.instant();
		for (FlowOverlayEntity from : latest) {
			FlowOverlay overlay = OverlayJson.readStored(from.getDefinition());
			lastPublished.put(from.getRegionId(), overlay);
			if (from.getBaseVersionNumber() >= hq.number()) {
				onNewBase.put(from.getRegionId(), overlay);
				continue;
			}
			RegionNode region = tree.get(from.getRegionId()).orElse(null);
			if (region == null) {
				continue;
			}
			FlowOverlay province = region.isProvince() ? null
					: onNewBase.getOrDefault(region.parentId(), lastPublished.get(region.parentId()));
			FlowOverlay moved = overlay.onBase(hq.number());
			if (OverlayLayers.check(hq, province, moved, calls).publishable()) {
				onNewBase.put(from.getRegionId(), moved);
				rebased.add(FlowOverlayEntity.rebased(from, from.getNumber() + 1, hq.versionId(), hq.number(),
						OverlayJson.write(moved), SystemAuthentication.SYSTEM, now));
				audit.record(SystemAuthentication.SYSTEM, AuditAction.OVERLAY_REBASED,
						OverlayService.target(event.key(), region),
						AuditDetail.builder()
							.value(AuditField.REGION, region.name())
							.value(AuditField.FROM_VERSION, from.getNumber())
							.value(AuditField.VERSION, from.getNumber() + 1)
							.value(AuditField.BASE_VERSION, hq.number())
							.json());
			}
		}
		overlays.saveAll(rebased);
		overlays.flush();
	}

}
