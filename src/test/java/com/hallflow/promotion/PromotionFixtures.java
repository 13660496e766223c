package com.hallflow.promotion;

import com.hallflow.security.StaffRole;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Packages and rollouts for tests, saved by a head-office admin through the real
 * services.
 */
@Component
public class PromotionFixtures {

	public static final Placement SIM_RECOMMEND = new Placement("SIM_REPLACEMENT", "recommend");

	private final PackageService packages;

	private final RolloutService rollouts;

	private final Fixtures fixtures;

	private final Clock clock;

	PromotionFixtures(PackageService packages, RolloutService rollouts, Fixtures fixtures, Clock clock) {
		this.packages = packages;
		this.rollouts = rollouts;
		this.fixtures = fixtures;
		this.clock = clock;
	}

	/**
	 * An active package offered at SIM replacement's recommendation step, valid since
	 * yesterday.
	 */
	public VasPackage pack(String name, String price) {
		return asAdmin(() -> packages
			.save(new PackageCommand(null, null, Fixtures.unique("PK"), name, PackageCategory.VIDEO_MEMBERSHIP,
					new BigDecimal(price), null, "{customer.name}，推荐您办理" + name, Set.of(), List.of(SIM_RECOMMEND),
					LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1), null, PackageStatus.ACTIVE)));
	}

	/** A rollout that started an hour ago and reaches these targets. */
	public Rollout rollout(VasPackage pack, Integer quota, RolloutTarget... targets) {
		return asAdmin(() -> rollouts.save(new RolloutCommand(null, null, pack.id(), "推广 " + pack.code(), 1, quota,
				null, List.of(new Stage(clock.instant().minus(Duration.ofHours(1)), List.of(targets))), List.of())));
	}

	private <T> T asAdmin(Supplier<T> action) {
		SecurityContext before = SecurityContextHolder.getContext();
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		try {
			Fixtures.signIn(admin);
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
