package com.hallflow.promotion.internal;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ConfigRevision;
import com.hallflow.base.IndexHolder;
import com.hallflow.organization.RegionService;
import com.hallflow.organization.RegionTree;
import com.hallflow.promotion.OfferIndex;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's offer index, following the {@code promotion} revision (default refresh
 * interval 2 s; {@link IndexHolder}). A region the index does not know yet triggers one
 * rebuild.
 *
 * <p>
 * Whoever changes a package or a rollout calls {@link #changed()} in the change's
 * transaction.
 */
@Component
public class OfferIndexHolder {

	/** The index with the rules it was built from, and the region tree as it was then. */
	public record Built(OfferIndex index, PromotionRules.Rules rules, RegionTree regions) {
	}

	private static final String AREA = "promotion";

	private final PromotionRules rules;

	private final RegionService regions;

	private final IndexHolder<Built> holder;

	OfferIndexHolder(PromotionRules rules, ConfigRevision revision, RegionService regions,
			@Value("${hallflow.promotion.refresh-interval:2s}") Duration interval) {
		this.rules = rules;
		this.regions = regions;
		this.holder = new IndexHolder<>(revision, AREA, interval, this::build);
	}

	/**
	 * The current index, rebuilt first when the configuration moved since it was built.
	 */
	public Built current() {
		return holder.current().index();
	}

	/**
	 * Moves the promotion revision in the caller's transaction and makes this node's next
	 * lookup check it once the transaction commits.
	 */
	public void changed() {
		holder.changed();
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
			tree = holder.rebuilt().index().regions();
		}
		return tree.path(regionId);
	}

	private Built build() {
		PromotionRules.Rules loaded = rules.load(ClockConfiguration.BUSINESS_ZONE);
		return new Built(OfferIndex.build(loaded.packages(), loaded.rollouts()), loaded, regions.tree());
	}

}
