package com.hallflow.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class OfferIndexProperties {

	/**
	 * Each try builds a random world (hundreds of branches in a two-level region tree,
	 * dozens of packages, up to a thousand rollouts with stages, exclusions, quotas,
	 * pauses and schedules) and asks both the index and the brute-force oracle the same
	 * random questions, including with quotas partly used.
	 */
	@Property(tries = 40)
	void the_index_agrees_with_the_brute_force_oracle(@ForAll long seed,
			@ForAll @IntRange(min = 1, max = 1000) int rolloutCount, @ForAll @IntRange(min = 1, max = 5) int limit) {
		RandomPromotions world = new RandomPromotions(seed, 40, 400, 60, rolloutCount);
		OfferIndex index = OfferIndex.build(world.packages, world.rollouts);
		Random random = new Random(seed ^ 0x5DEECE66DL);
		Map<Long, Integer> used = new HashMap<>();
		for (OfferIndex.RolloutRule r : world.rollouts) {
			if (r.quotaPerBranch() != null && random.nextBoolean()) {
				used.put(r.id(), random.nextInt(r.quotaPerBranch() + 1));
			}
		}
		OfferIndex.Usage usage = id -> used.getOrDefault(id, 0);
		int nonEmpty = 0;
		for (int i = 0; i < 300; i++) {
			OfferIndex.Query query = world.query(random, limit);
			List<Offer> expected = OfferOracle.resolve(world.packages, world.rollouts, query, usage);
			assertThat(index.resolve(query, usage)).as("query %s", query).isEqualTo(expected);
			nonEmpty += expected.isEmpty() ? 0 : 1;
		}
		if (rolloutCount >= 500) {
			// the generator must produce worlds where offers exist, or the comparison
			// proves little
			assertThat(nonEmpty).isPositive();
		}
	}

}
