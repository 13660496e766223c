package com.hallflow.promotion.internal;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.organization.RegionService;
import com.hallflow.organization.RegionTree;
import com.hallflow.promotion.OfferIndex;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * This node's offer index. A lookup checks the configuration revision in the database at
 * most once per refresh interval (default 2 s) and rebuilds the index when it moved, so
 * all nodes agree within the interval plus one rebuild; a change made on this node is
 * seen here at once. Readers never wait for a rebuild started by someone else: they use
 * the index they have.
 */
@Component
public class OfferIndexHolder {

	/** The index with what it was built from, and the region tree as it was then. */
	public record Built(OfferIndex index, PromotionRules.Rules rules, long revision, RegionTree regions,
			long builtInMillis) {
	}

	private final PromotionRules rules;

	private final ConfigRevision revision;

	private final RegionService regions;

	private final long intervalNanos;

	private volatile Built built;

	private volatile long checkedAt;

	private volatile boolean stale = true;

	private volatile boolean regionsUnknown;

	OfferIndexHolder(PromotionRules rules, ConfigRevision revision, RegionService regions,
			@Value("${hallflow.promotion.refresh-interval:2s}") Duration interval) {
		this.rules = rules;
		this.revision = revision;
		this.regions = regions;
		this.intervalNanos = interval.toNanos();
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

	/**
	 * Makes the next lookup on this node check the revision, once the caller's
	 * transaction commits.
	 */
	public void changedHere() {
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
	 * The region and its ancestors, nearest first; a region unknown to the index gets a
	 * rebuild.
	 */
	public long[] regionPath(long regionId) {
		RegionTree tree = current().regions();
		if (!tree.contains(regionId)) {
			// a region created since the last build: build again, once, with the regions
			// as they are
			regionsUnknown = true;
			stale = true;
			tree = current().regions();
		}
		return tree.path(regionId);
	}

	private synchronized Built refresh() {
		Built now = built;
		if (now != null && !stale && System.nanoTime() - checkedAt <= intervalNanos) {
			return now; // another reader checked while this one waited
		}
		stale = false;
		long at = revision.current();
		checkedAt = System.nanoTime();
		if (now != null && now.revision() == at && !regionsUnknown) {
			return now;
		}
		regionsUnknown = false;
		long started = System.nanoTime();
		PromotionRules.Rules loaded = rules.load(ClockConfiguration.BUSINESS_ZONE);
		OfferIndex index = OfferIndex.build(loaded.packages(), loaded.rollouts());
		built = new Built(index, loaded, at, regions.tree(), (System.nanoTime() - started) / 1_000_000);
		return built;
	}

}
