package com.hallflow.insight;

import java.util.List;
import java.util.Map;

/**
 * Everything the service-quality dashboard shows for one filter, read in one call
 * ({@link DashboardService#dashboard}). The province and branch tables are for head
 * office (empty for a manager); the per-clerk table and the offers each clerk made need
 * one branch (the manager's, or the one head office chose), and are empty without.
 *
 * @param filter the filter as applied: a manager's is pinned to their branch
 * @param targetMinutes the target handle time of each published flow that has one, by
 * flow key
 * @param offersByClerk offers made and accepted, by clerk key (the key of a
 * {@code byClerk} row)
 * @param offersByPlace offer conversion per package and place (province over the network,
 * else branch)
 * @param offersByPackage the same summed per package, most offered first
 */
public record Dashboard(DashboardFilter filter, Figures total, List<Figures> byFlow, Map<String, Integer> targetMinutes,
		List<Figures> byProvince, List<Figures> byBranch, List<Figures> byClerk, Map<String, OffersMade> offersByClerk,
		List<OfferFigures> offersByPlace, List<OfferFigures> offersByPackage, List<Figures> byDay,
		List<SkippedItemRow> skippedItems, List<DropOffRow> dropOff) {

	/** Offers a clerk put to customers and how many were accepted. */
	public record OffersMade(long offered, long accepted) {

		public static final OffersMade NONE = new OffersMade(0, 0);

	}

	public Dashboard {
		targetMinutes = Map.copyOf(targetMinutes);
		byFlow = List.copyOf(byFlow);
		byProvince = List.copyOf(byProvince);
		byBranch = List.copyOf(byBranch);
		byClerk = List.copyOf(byClerk);
		offersByClerk = Map.copyOf(offersByClerk);
		offersByPlace = List.copyOf(offersByPlace);
		offersByPackage = List.copyOf(offersByPackage);
		byDay = List.copyOf(byDay);
		skippedItems = List.copyOf(skippedItems);
		dropOff = List.copyOf(dropOff);
	}

	/**
	 * The target of a flow in minutes, null when it has none or is no longer published.
	 */
	public Integer targetOf(String flowKey) {
		return targetMinutes.get(flowKey);
	}

	/**
	 * What a clerk of the {@code byClerk} table offered; none when they offered nothing.
	 */
	public OffersMade offersOf(String clerkKey) {
		return offersByClerk.getOrDefault(clerkKey, OffersMade.NONE);
	}
}
