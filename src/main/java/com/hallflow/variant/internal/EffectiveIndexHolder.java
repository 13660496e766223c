package com.hallflow.variant.internal;

import com.hallflow.base.ConfigRevision;
import com.hallflow.base.IndexHolder;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.PublishedVersion;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionService;
import com.hallflow.organization.RegionTree;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.variant.EffectiveIndex;
import com.hallflow.variant.FlowRollout;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * This node's effective-flow index (docs/architecture.md §8, §14), following the
 * {@code variant} revision (default refresh interval 2 s; {@link IndexHolder}). A branch
 * the index does not know yet triggers one rebuild.
 *
 * <p>
 * Whoever changes what the index is built from calls {@link #changed()} in the change's
 * transaction: every rollout change, head office's publish (on
 * {@code FlowVersionPublished}) and a region's overlay publish. The revision's update
 * holds its row until the transaction ends, so changes that call it first run one after
 * another (the one-open-rollout check relies on it).
 */
@Component
public class EffectiveIndexHolder {

	/** More branches than the network will ever have: the index holds them all. */
	private static final int ALL_BRANCHES = 100_000;

	private static final String AREA = "variant";

	private final PublishedFlowService flows;

	private final OverlayRows overlays;

	private final FlowRolloutRepository rollouts;

	private final RegionService regions;

	private final BranchService branches;

	private final IndexHolder<EffectiveIndex> holder;

	@SuppressWarnings("java:S107") // what the index is built from
	EffectiveIndexHolder(ConfigRevision revision, PublishedFlowService flows, OverlayRows overlays,
			FlowRolloutRepository rollouts, RegionService regions, BranchService branches,
			@Value("${hallflow.variant.refresh-interval:2s}") Duration interval) {
		this.flows = flows;
		this.overlays = overlays;
		this.rollouts = rollouts;
		this.regions = regions;
		this.branches = branches;
		// built for every reader alike, whoever's lookup found it stale: the whole
		// network's branches and versions, read as the system actor
		this.holder = new IndexHolder<>(revision, AREA, interval, () -> SystemAuthentication.callAsSystem(this::build));
	}

	/**
	 * Moves the variant revision in the caller's transaction and makes this node's next
	 * lookup rebuild once it commits. The overlays' publish calls it too.
	 */
	public void changed() {
		holder.changed();
	}

	/**
	 * The current index, rebuilt first when the configuration moved since it was built.
	 */
	public IndexHolder.Built<EffectiveIndex> current() {
		return holder.current();
	}

	/** The current index, rebuilt once first if it does not know the branch yet. */
	public EffectiveIndex knowing(long branchId) {
		EffectiveIndex index = current().index();
		if (!index.knowsBranch(branchId)) {
			// a branch opened since the last build: build again, once, with the branches
			// as they are
			index = holder.rebuilt().index();
		}
		return index;
	}

	private EffectiveIndex build() {
		List<PublishedVersion> versions = flows.publishedVersions();
		List<FlowRollout> all = rollouts.findAll().stream().map(FlowRollouts::view).toList();
		RegionTree tree = regions.tree();
		Map<Long, Long> branchRegions = new HashMap<>();
		for (BranchSummary branch : branches.list(new BranchFilter(null, null, null),
				PageRequest.of(0, ALL_BRANCHES))) {
			branchRegions.put(branch.id(), branch.regionId());
		}
		return EffectiveIndex.build(versions, overlays.published(), all, tree, branchRegions);
	}

}
