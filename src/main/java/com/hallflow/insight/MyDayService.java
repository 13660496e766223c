package com.hallflow.insight;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.insight.internal.RollupQueries;
import com.hallflow.insight.internal.RollupQueries.Grouping;
import com.hallflow.security.AppUser;
import com.hallflow.security.AtTheCounter;
import com.hallflow.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's own day at the counter, for their home page: read from the same rollups as
 * the manager's per-clerk assessment, so both say the same. Like every figure, up to
 * about two seconds behind the counter (docs/architecture.md §7).
 */
@Service
@Transactional(readOnly = true)
@AtTheCounter
public class MyDayService {

	private final RollupQueries rollups;

	private final CurrentUser currentUser;

	private final Clock clock;

	MyDayService(RollupQueries rollups, CurrentUser currentUser, Clock clock) {
		this.rollups = rollups;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The caller's figures of today (Beijing time) at their branch. */
	public MyDay today() {
		AppUser me = currentUser.require();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		String key = Long.toString(me.id());
		Figures none = new Figures(key, me.displayName(), 0, 0, 0, 0, 0, 0, null);
		Optional<Long> branch = me.branchId();
		if (branch.isEmpty()) {
			return new MyDay(today, none, Dashboard.OffersMade.NONE);
		}
		DashboardFilter filter = new DashboardFilter(today, today, null, branch.get(), null);
		Figures mine = rollups.figures(filter, Grouping.CLERK, k -> me.displayName())
			.stream()
			.filter(f -> f.key().equals(key))
			.findFirst()
			.orElse(none);
		return new MyDay(today, mine, rollups.offersMade(filter).getOrDefault(key, Dashboard.OffersMade.NONE));
	}

}
