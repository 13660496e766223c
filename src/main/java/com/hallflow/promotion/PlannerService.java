package com.hallflow.promotion;

import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.internal.OfferIndexHolder;
import com.hallflow.security.HeadOffice;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Head office's view of where the promotions reach, read from this node's offer index.
 */
@Service
@Transactional(readOnly = true)
@HeadOffice
public class PlannerService {

	/** More branches than the network will ever have: the matrix counts them all. */
	private static final int ALL_BRANCHES = 100_000;

	private final OfferIndexHolder holder;

	private final BranchService branches;

	PlannerService(OfferIndexHolder holder, BranchService branches) {
		this.holder = holder;
		this.branches = branches;
	}

	/**
	 * The packages × provinces matrix at {@code at}: per package offered anywhere then,
	 * how many of each province's open branches offer it, by the offer index's own rules
	 * (the cell is defined in {@link ReachMatrix}). Closed branches serve nobody and are
	 * not counted.
	 */
	public List<PackageReach> reach(Instant at) {
		OfferIndexHolder.Built built = holder.current();
		List<ReachMatrix.BranchPlace> open = branches
			.list(new BranchFilter(null, null, true), PageRequest.of(0, ALL_BRANCHES))
			.stream()
			.map(this::place)
			.toList();
		return ReachMatrix.compute(built.index(), built.rules().packages(), open, at);
	}

	private ReachMatrix.BranchPlace place(BranchSummary branch) {
		return new ReachMatrix.BranchPlace(branch.id(), holder.regionPath(branch.regionId()));
	}

}
