package com.hallflow.shell.ui;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.Dates;
import com.hallflow.insight.DashboardFilter;
import com.hallflow.insight.DashboardService;
import com.hallflow.insight.Figures;
import com.hallflow.insight.OfferFigures;
import com.hallflow.promotion.BranchPromotion;
import com.hallflow.promotion.OfferService;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A branch manager's home: today's figures of the branch (from the rollups, as the
 * service-quality dashboard counts them), shortcuts to that dashboard, the records and
 * the branch's promotions, and the promotions running at the branch now.
 */
class ManagerHome extends VerticalLayout {

	ManagerHome(long branchId, DashboardService dashboards, OfferService offers, Clock clock) {
		setPadding(false);
		setId("home-manager");
		add(HomeLinks.counter(getTranslation("shell.home.toCounter")));

		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		DashboardFilter filter = new DashboardFilter(today, today, null, branchId, null);
		add(new H3(getTranslation("shell.home.manager.today", Dates.day(today, getLocale()))));
		Figures total = dashboards.total(filter);
		if (total.sessions() == 0) {
			Paragraph none = new Paragraph(getTranslation("shell.home.manager.none"));
			none.setId("home-branch-none");
			add(none);
		}
		else {
			List<OfferFigures> byPackage = dashboards.offersByPackage(filter);
			add(new DayFigures("home-branch", total, byPackage.stream().mapToLong(OfferFigures::offered).sum(),
					byPackage.stream().mapToLong(OfferFigures::accepted).sum()));
		}
		add(HomeLinks.shortcuts("home-shortcuts", getTranslation("shell.home.shortcuts"),
				HomeLinks.to(HomeLinks.QUALITY, VaadinIcon.CHART, getTranslation("insight.dashboard.title"),
						"home-link-quality"),
				HomeLinks.to(HomeLinks.RECORDS, VaadinIcon.RECORDS, getTranslation("flowexecution.records.title"),
						"home-link-records"),
				HomeLinks.to(HomeLinks.BRANCH_PROMOTIONS, VaadinIcon.GIFT, getTranslation("promotion.branch.title"),
						"home-link-promotions")));

		add(new H3(getTranslation("shell.home.manager.promotions")));
		List<BranchPromotion> running = offers.atBranch(branchId).stream().filter(BranchPromotion::activeNow).toList();
		if (running.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("shell.home.manager.noPromotions"));
			none.setId("home-promotions-none");
			add(none);
		}
		else {
			UnorderedList list = new UnorderedList();
			list.setId("home-promotions");
			running.forEach(p -> list.add(new ListItem(getTranslation("shell.home.manager.promotion", p.packageName(),
					p.rolloutName(), p.accepted(), p.offered(), until(p)))));
			add(list);
		}
	}

	private String until(BranchPromotion p) {
		return p.until() == null ? getTranslation("shell.home.manager.noEnd")
				: getTranslation("shell.home.manager.until", Dates.format(p.until(), getLocale()));
	}

}
