package com.hallflow.variant.internal;

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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * This node's effective-flow index (docs/architecture.md §8, §14). A lookup checks the
 * variant revision in the database at most once per refresh interval (default 2 s) and
 * rebuilds the index when it moved, so all nodes agree within the interval plus one
 * rebuild; a change made on this node is seen here at once. A branch the index does not
 * know yet triggers one rebuild. Readers never wait for a rebuild started by someone
 * else: they use the index they have.
 *
 * <p>
 * Whoever changes what the index is built from calls {@link #changed()} in the change's
 * transaction: every rollout change, head office's publish (on
 * {@code FlowVersionPublished}) and a region's overlay publish.
 */
@Component
public class EffectiveIndexHolder {

	/** More branches than the network will ever have: the index holds them all. */
	private static final int ALL_BRANCHES = 100_000;

	/** The index with the revision it was built at and how long the build took. */
	public record Built(EffectiveIndex index, long revision, long builtInMillis) {
	}

	private final VariantRevision revision;

	private final PublishedFlowService flows;

	private final OverlayRows overlays;

	private final FlowRolloutRepository rollouts;

	private final RegionService regions;

	private final BranchService branches;

	private final long intervalNanos;

	private volatile Built built;

	private volatile long checkedAt;

	private volatile boolean stale = true;

	private volatile boolean branchUnknown;

	@SuppressWarnings("java:S107") // what the index is built from
	EffectiveIndexHolder(VariantRevision revision, PublishedFlowService flows, OverlayRows overlays,
			FlowRolloutRepository rollouts, RegionService regions, BranchService branches,
			@Value("${hallflow.variant.refresh-interval:2s}") Duration interval) {
		this.revision = revision;
		this.flows = flows;
		this.overlays = overlays;
		this.rollouts = rollouts;
		this.regions = regions;
		this.branches = branches;
		this.intervalNanos = interval.toNanos();
	}

	/**
	 * Moves the variant revision in the caller's transaction and makes this node's next
	 * lookup rebuild once it commits. The overlays' publish calls it too.
	 */
	public void changed() {
		revision.bump();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					stale = true;
				}
			});
		}
		else {
			stale = true;
		}
	}

	/**
	 * The current index, rebuilt first when the configuration moved since it was built.
	 */
	public Built current() {
		Built now = built;
		if (now == null || stale || System.nanoTime() - checkedAt > intervalNanos) {
			now = refresh();
		}
		return now;
	}

	/** The current index, rebuilt once first if it does not know the branch yet. */
	public EffectiveIndex knowing(long branchId) {
		EffectiveIndex index = current().index();
		if (!index.knowsBranch(branchId)) {
			// a branch opened since the last build: build again, once, with the branches
			// as they are
			branchUnknown = true;
			stale = true;
			index = current().index();
		}
		return index;
	}

	private synchronized Built refresh() {
		Built now = built;
		if (now != null && !stale && System.nanoTime() - checkedAt <= intervalNanos) {
			return now; // another reader checked while this one waited
		}
		stale = false;
		long at = revision.current();
		checkedAt = System.nanoTime();
		if (now != null && now.revision() == at && !branchUnknown) {
			return now;
		}
		branchUnknown = false;
		long started = System.nanoTime();
		// built for every reader alike, whoever's lookup found it stale: the whole
		// network's branches and versions, read as the system actor
		EffectiveIndex index = SystemAuthentication.callAsSystem(this::build);
		built = new Built(index, at, (System.nanoTime() - started) / 1_000_000);
		return built;
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
