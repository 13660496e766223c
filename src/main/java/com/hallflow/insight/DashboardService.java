package com.hallflow.insight;

import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.insight.internal.RollupQueries;
import com.hallflow.insight.internal.RollupQueries.Grouping;
import com.hallflow.insight.internal.RollupQueries.OfferPlace;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.organization.RegionTree;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.SupervisorOrRegion;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service-quality figures and staff assessment from the rollups (never from raw step
 * rows): by flow, province, branch, clerk and day, the checklist items clerks skipped,
 * where sessions were abandoned and the offers made. Head office sees every branch; a
 * region admin the branches of their region (a province or a city); a branch manager only
 * their own. Asking for a branch or a province outside is refused. Practice sessions are
 * never counted. The dashboard reads it all with {@link #dashboard}; the single tables
 * are for the API and tests.
 */
@Service
@Transactional(readOnly = true)
@SupervisorOrRegion
public class DashboardService {

	/** More branches than the network will ever have: a table names them all. */
	private static final int ALL_BRANCHES = 100_000;

	private final RollupQueries rollups;

	private final CurrentUser currentUser;

	private final PublishedFlowService flows;

	private final RegionService regions;

	private final BranchService branches;

	DashboardService(RollupQueries rollups, CurrentUser currentUser, PublishedFlowService flows, RegionService regions,
			BranchService branches) {
		this.rollups = rollups;
		this.currentUser = currentUser;
		this.flows = flows;
		this.regions = regions;
		this.branches = branches;
	}

	/**
	 * The filter as this user may use it: a manager's is pinned to their branch, a region
	 * admin's to their region (its province, and a city's branches).
	 */
	public DashboardFilter scoped(DashboardFilter filter) {
		if (filter.from() == null || filter.to() == null || filter.to().isBefore(filter.from())) {
			throw BusinessException.forField("to", "insight.filter.dates");
		}
		Optional<Long> region = currentUser.regionId();
		if (region.isPresent()) {
			return inRegion(filter, region.get());
		}
		Optional<Long> own = currentUser.branchScope();
		if (own.isPresent()) {
			if (filter.branchId() != null && !filter.branchId().equals(own.get())) {
				throw new BusinessException("organization.branch.notFound");
			}
			return new DashboardFilter(filter.from(), filter.to(), null, own.get(), filter.flowKey());
		}
		return new DashboardFilter(filter.from(), filter.to(), filter.provinceId(), filter.branchId(),
				filter.flowKey());
	}

	/**
	 * A region admin's filter: their province, one branch of their region if asked for,
	 * else a city's branches; a province or branch outside is "not found".
	 */
	private DashboardFilter inRegion(DashboardFilter filter, long region) {
		RegionTree tree = regions.tree();
		if (!tree.contains(region)) {
			throw new BusinessException("organization.region.notFound");
		}
		long province = tree.provinceOf(region);
		if (filter.provinceId() != null && filter.provinceId() != province) {
			throw new BusinessException("organization.region.notFound");
		}
		if (filter.branchId() != null) {
			if (!currentUser.branchWithinOwnRegion(filter.branchId())) {
				throw new BusinessException("organization.branch.notFound");
			}
			return new DashboardFilter(filter.from(), filter.to(), province, filter.branchId(), filter.flowKey());
		}
		if (region == province) {
			return new DashboardFilter(filter.from(), filter.to(), province, null, filter.flowKey());
		}
		// the branch list is the region admin's own: the branch service keeps it to their
		// region
		List<Long> cityBranches = branches.list(new BranchFilter(null, region, null), PageRequest.of(0, ALL_BRANCHES))
			.stream()
			.map(BranchSummary::id)
			.toList();
		return new DashboardFilter(filter.from(), filter.to(), province, null, filter.flowKey(), cityBranches);
	}

	/**
	 * Everything the dashboard shows for this filter, in one call: the filter is checked
	 * and scoped once, and the names of flows, provinces and branches are read once. The
	 * province table only for head office, the branch table for head office and region
	 * admins; the per-clerk table and offers only for one branch.
	 */
	public Dashboard dashboard(DashboardFilter filter) {
		DashboardFilter scoped = scoped(filter);
		boolean headOffice = currentUser.branchScope().isEmpty();
		boolean regionAdmin = currentUser.regionId().isPresent();
		List<PublishedFlow> published = flows.startable();
		Map<String, String> flowNames = flowNames(published);
		Map<String, Integer> targets = new HashMap<>();
		// a flow without a target time has no entry (the view shows none)
		published.stream()
			.filter(f -> f.document().targetMinutes() != null)
			.forEach(f -> targets.put(f.key(), f.document().targetMinutes()));
		Lazy<Map<String, String>> regionNames = new Lazy<>(this::regionNames);
		Lazy<Map<String, String>> branchNames = new Lazy<>(() -> branchNames(scoped));
		boolean oneBranch = scoped.branchId() != null;
		List<OfferFigures> offersByPlace = offersByPlace(scoped, regionNames, branchNames);
		return new Dashboard(scoped, rollups.total(scoped), byFlow(scoped, flowNames), targets,
				headOffice ? named(scoped, Grouping.PROVINCE, regionNames.get()) : List.of(),
				headOffice || regionAdmin ? named(scoped, Grouping.BRANCH, branchNames.get()) : List.of(),
				oneBranch ? perClerk(scoped) : List.of(), oneBranch ? rollups.offersMade(scoped) : Map.of(),
				offersByPlace, perPackage(offersByPlace), perDay(scoped),
				rollups.skippedItems(scoped, rollups.clerkNames(scoped), flowNames),
				rollups.dropOff(scoped, flowNames));
	}

	/** Everything in the filter, as one row. */
	public Figures total(DashboardFilter filter) {
		return rollups.total(scoped(filter));
	}

	public List<Figures> byFlow(DashboardFilter filter) {
		return byFlow(scoped(filter), flowNames(flows.startable()));
	}

	public List<Figures> byProvince(DashboardFilter filter) {
		return named(scoped(filter), Grouping.PROVINCE, regionNames());
	}

	public List<Figures> byBranch(DashboardFilter filter) {
		DashboardFilter scoped = scoped(filter);
		return named(scoped, Grouping.BRANCH, branchNames(scoped));
	}

	public List<Figures> byDay(DashboardFilter filter) {
		return perDay(scoped(filter));
	}

	/**
	 * Per-clerk assessment of one branch: the manager's own, or the branch head office
	 * chose.
	 */
	public List<Figures> byClerk(DashboardFilter filter) {
		return perClerk(oneBranch(scoped(filter)));
	}

	/** Which clerks left which checklist items unticked, most often first. */
	public List<SkippedItemRow> skippedItems(DashboardFilter filter) {
		DashboardFilter scoped = scoped(filter);
		return rollups.skippedItems(scoped, rollups.clerkNames(scoped), flowNames(flows.startable()));
	}

	/** Where sessions were abandoned, most often first. */
	public List<DropOffRow> dropOff(DashboardFilter filter) {
		return rollups.dropOff(scoped(filter), flowNames(flows.startable()));
	}

	/** Offer conversion per package over everything in the filter, most offered first. */
	public List<OfferFigures> offersByPackage(DashboardFilter filter) {
		return rollups.offers(scoped(filter), OfferPlace.EVERYWHERE, Map.of());
	}

	/**
	 * Offer conversion per package and place: per province over the network, per branch
	 * once a province or a branch is chosen (a manager: their branch).
	 */
	public List<OfferFigures> offersByPlace(DashboardFilter filter) {
		DashboardFilter scoped = scoped(filter);
		return offersByPlace(scoped, new Lazy<>(this::regionNames), new Lazy<>(() -> branchNames(scoped)));
	}

	/**
	 * Offers made (put to the customer) and accepted per clerk of one branch, by clerk
	 * id.
	 */
	public Map<String, Dashboard.OffersMade> offersByClerk(DashboardFilter filter) {
		return rollups.offersMade(oneBranch(scoped(filter)));
	}

	private List<Figures> byFlow(DashboardFilter scoped, Map<String, String> flowNames) {
		return named(scoped, Grouping.FLOW, flowNames);
	}

	private List<Figures> named(DashboardFilter scoped, Grouping grouping, Map<String, String> names) {
		return rollups.figures(scoped, grouping, key -> names.getOrDefault(key, key));
	}

	private List<Figures> perDay(DashboardFilter scoped) {
		return rollups.figures(scoped, Grouping.DAY, Function.identity())
			.stream()
			.sorted(Comparator.comparing(Figures::key))
			.toList();
	}

	private List<Figures> perClerk(DashboardFilter scoped) {
		Map<String, String> names = new HashMap<>();
		rollups.clerkNames(scoped).forEach((id, name) -> names.put(Long.toString(id), name));
		return named(scoped, Grouping.CLERK, names);
	}

	private List<OfferFigures> offersByPlace(DashboardFilter scoped, Supplier<Map<String, String>> regionNames,
			Supplier<Map<String, String>> branchNames) {
		if (scoped.branchId() == null && scoped.provinceId() == null) {
			return rollups.offers(scoped, OfferPlace.PROVINCE, regionNames.get());
		}
		return rollups.offers(scoped, OfferPlace.BRANCH, branchNames.get());
	}

	/**
	 * The place rows summed per package, most offered first: the per-package figures
	 * without a second query.
	 */
	static List<OfferFigures> perPackage(List<OfferFigures> byPlace) {
		Map<Long, OfferFigures> sums = new LinkedHashMap<>();
		for (OfferFigures o : byPlace) {
			sums.merge(o.packageId(),
					new OfferFigures("ALL", "", o.packageId(), o.packageCode(), o.packageName(), o.offered(),
							o.accepted(), o.notOffered()),
					(a, b) -> new OfferFigures("ALL", "", a.packageId(), a.packageCode(), a.packageName(),
							a.offered() + b.offered(), a.accepted() + b.accepted(), a.notOffered() + b.notOffered()));
		}
		return sums.values()
			.stream()
			.sorted(Comparator.comparingLong(OfferFigures::offered).reversed().thenComparing(OfferFigures::packageCode))
			.toList();
	}

	private static DashboardFilter oneBranch(DashboardFilter scoped) {
		if (scoped.branchId() == null) {
			throw BusinessException.forField("branchId", "insight.filter.branchRequired");
		}
		return scoped;
	}

	private Map<String, String> regionNames() {
		return regions.all().stream().collect(Collectors.toMap(r -> Long.toString(r.id()), RegionNode::name));
	}

	private Map<String, String> branchNames(DashboardFilter scoped) {
		Map<String, String> names = new HashMap<>();
		if (scoped.branchId() != null) {
			BranchSummary one = branches.get(scoped.branchId());
			names.put(Long.toString(one.id()), one.label());
		}
		else {
			branches.list(BranchFilter.any(), PageRequest.of(0, ALL_BRANCHES))
				.forEach(b -> names.put(Long.toString(b.id()), b.label()));
		}
		return names;
	}

	private static Map<String, String> flowNames(List<PublishedFlow> published) {
		Map<String, String> names = new HashMap<>();
		for (PublishedFlow flow : published) {
			names.put(flow.key(), flow.document().name());
		}
		return names;
	}

	/**
	 * A value read on first use only, then kept: names that one refresh may need twice or
	 * not at all.
	 */
	private static final class Lazy<T> implements Supplier<T> {

		private final Supplier<T> read;

		private T value;

		Lazy(Supplier<T> read) {
			this.read = read;
		}

		@Override
		public T get() {
			if (value == null) {
				value = read.get();
			}
			return value;
		}

	}

}
