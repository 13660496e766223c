package com.hallflow.variant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.organization.RegionService;
import com.hallflow.security.AnyStaff;
import com.hallflow.variant.internal.FlowEditionStore;
import com.hallflow.variant.internal.FlowEditionStore.Edition;
import com.hallflow.variant.internal.PublishedOverlays;

/**
 * The effective flows the counter runs (docs/architecture.md §14): head office's version
 * with the regions' overlays laid on it, under an edition id a session and a call pin, so
 * a replay runs exactly what the session ran. Editions never change, so each is composed
 * once per node.
 */
@Service
@AnyStaff
public class FlowEditions {

	private final PublishedFlowService published;

	private final FlowEditionStore store;

	private final PublishedOverlays overlays;

	private final EffectiveFlows effective;

	private final RegionService regions;

	private final Map<Long, PublishedFlow> byRunId = new ConcurrentHashMap<>();

	/**
	 * Edition ids by what they are made of: one read (or insert) per edition and node.
	 */
	private final Map<Edition, Long> editionIds = new ConcurrentHashMap<>();

	FlowEditions(PublishedFlowService published, FlowEditionStore store, PublishedOverlays overlays,
			EffectiveFlows effective, RegionService regions) {
		this.effective = effective;
		this.regions = regions;
		this.published = published;
		this.store = store;
		this.overlays = overlays;
	}

	/**
	 * What a session of {@code key} started at the branch at {@code at} runs; empty when
	 * the flow cannot be started.
	 */
	public Optional<PublishedFlow> current(String key, long branchId, Instant at) {
		return effective.ref(key, branchId, at).map(this::flow);
	}

	/**
	 * The regions' overlays a flow run under {@code runId} was laid with, province first,
	 * by name; empty for head office's version as it is. Each overlay's region and number
	 * come with the overlay as this node read it to compose the edition, the regions'
	 * names as this node knows them (no read of the regions per record or receipt).
	 */
	public List<VariantLabel> labels(long runId) {
		if (PublishedFlow.editionOf(runId) == null) {
			return List.of();
		}
		return byRunId(runId).overlayIds()
			.stream()
			.map(overlays::meta)
			.map(m -> new VariantLabel(regions.nameOf(m.regionId()), m.number()))
			.toList();
	}

	/**
	 * The document a branch on {@code ref} runs, composed without making an edition (for
	 * looking at it: the API, previews).
	 */
	public FlowDocument document(EffectiveRef ref) {
		PublishedFlow base = published.byVersionId(ref.versionId());
		if (!ref.varied()) {
			return base.document();
		}
		Long known = editionIds.get(new Edition(ref.versionId(), ref.overlayIds()));
		if (known != null) {
			return byRunId(PublishedFlow.editionRunId(known)).document();
		}
		return composed(0, ref.versionId(), ref.overlayIds()).document();
	}

	/** What a session started on {@code ref} runs. */
	public PublishedFlow flow(EffectiveRef ref) {
		if (!ref.varied()) {
			return published.byVersionId(ref.versionId());
		}
		long runId = PublishedFlow
			.editionRunId(editionIds.computeIfAbsent(new Edition(ref.versionId(), ref.overlayIds()), store::idOf));
		return byRunId.computeIfAbsent(runId, id -> composed(id, ref.versionId(), ref.overlayIds()));
	}

	/** A flow a session ran, by the id it pinned: a version's id or an edition's. */
	public PublishedFlow byRunId(long runId) {
		Long edition = PublishedFlow.editionOf(runId);
		if (edition == null) {
			return published.byVersionId(runId);
		}
		PublishedFlow known = byRunId.get(runId);
		if (known != null) {
			return known;
		}
		Edition stored = store.byId(edition)
			.orElseThrow(() -> new BusinessException("flowdesign.version.notFound", runId, ""));
		return byRunId.computeIfAbsent(runId, id -> composed(id, stored.versionId(), stored.overlayIds()));
	}

	private PublishedFlow composed(long runId, long versionId, List<Long> overlayIds) {
		PublishedFlow base = published.byVersionId(versionId);
		List<FlowOverlay> laid = new ArrayList<>();
		overlayIds.forEach(id -> laid.add(overlays.published(id)));
		FlowDocument document = OverlayMerge.compose(base.document(), laid).document();
		return new PublishedFlow(runId, base.key(), base.number(), document, versionId, overlayIds);
	}

}
