package com.hallflow.promotion.ui;

import com.hallflow.base.ui.Dates;
import com.hallflow.promotion.BranchPromotion;
import com.hallflow.promotion.OfferService;
import com.hallflow.security.AppRoles;
import com.hallflow.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Promotions at my branch (branch manager): what the counters offer now and what is
 * coming, with the offers made, accepted and the conversion so far, and the branch's
 * quota.
 */
@Route("promotions/branch")
@RolesAllowed(AppRoles.BRANCH_MANAGER)
@Menu(order = 42, title = "promotion.branch.title", icon = "GIFT")
public class BranchPromotionsView extends VerticalLayout implements HasDynamicTitle {

	final Grid<BranchPromotion> active = grid("branch-promotions-active", "promotion.branch.noneNow");

	final Grid<BranchPromotion> upcoming = grid("branch-promotions-upcoming", "promotion.branch.noneUpcoming");

	BranchPromotionsView(OfferService offers, CurrentUser currentUser, Clock clock) {
		long branchId = currentUser.require().branchId().orElseThrow();
		List<BranchPromotion> all = offers.atBranch(branchId);
		Instant now = clock.instant();
		active.setItems(all.stream().filter(p -> !p.from().isAfter(now)).toList());
		upcoming.setItems(all.stream().filter(p -> p.from().isAfter(now)).toList());
		add(new H2(getTranslation("promotion.branch.title")), new H3(getTranslation("promotion.branch.now")), active,
				new H3(getTranslation("promotion.branch.upcoming")), upcoming);
	}

	/**
	 * A table of promotions that says so when it has none; at 1366 px in English it fits
	 * without scrolling sideways: the package name takes the room left (read whole in its
	 * tooltip), the other columns only the width they need.
	 */
	private Grid<BranchPromotion> grid(String id, String emptyKey) {
		Grid<BranchPromotion> grid = new Grid<>(BranchPromotion.class, false);
		grid.setId(id);
		grid.setAllRowsVisible(true);
		grid.setEmptyStateText(getTranslation(emptyKey));
		grid.addColumn(BranchPromotion::packageName)
			.setHeader(getTranslation("promotion.rollout.package"))
			.setWidth("8rem")
			.setFlexGrow(1)
			.setTooltipGenerator(BranchPromotion::packageName);
		grid.addColumn(p -> getTranslation("promotion.counter.price", p.monthlyPrice().toPlainString()))
			.setHeader(getTranslation("promotion.package.price"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(p -> Periods.text(this, Dates.format(p.from(), getLocale()),
				p.until() == null ? null : Dates.format(p.until(), getLocale())))
			.setKey("period")
			.setHeader(getTranslation("promotion.branch.period"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addComponentColumn(p -> new RolloutStateBadge(p.state()))
			.setHeader(getTranslation("promotion.rollout.state"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(p -> p.quota() == null ? "—" : p.used() + " / " + p.quota())
			.setHeader(getTranslation("promotion.branch.quota"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(BranchPromotion::offered)
			.setHeader(getTranslation("promotion.branch.offered"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(BranchPromotion::accepted)
			.setHeader(getTranslation("promotion.branch.accepted"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(p -> p.conversion() == null ? "—" : String.format(Locale.ROOT, "%.0f%%", p.conversion() * 100))
			.setHeader(getTranslation("promotion.branch.conversion"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		return grid;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("promotion.branch.title") + " | " + getTranslation("app.name");
	}

}
