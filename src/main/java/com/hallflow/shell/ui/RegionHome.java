package com.hallflow.shell.ui;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.Dates;
import com.hallflow.insight.DashboardFilter;
import com.hallflow.insight.DashboardService;
import com.hallflow.insight.Figures;
import com.hallflow.insight.OfferFigures;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A region admin's home: the way to their region's dashboard first, with its branches and
 * head office's flows, then yesterday's figures of the region (the service keeps them to
 * the region's branches).
 */
class RegionHome extends VerticalLayout {

	RegionHome(String regionLabel, DashboardService dashboards, Clock clock) {
		setPadding(false);
		setId("home-region");
		add(HomeLinks.shortcuts("home-shortcuts", getTranslation("shell.home.shortcuts"),
				HomeLinks.to(HomeLinks.QUALITY, VaadinIcon.CHART,
						getTranslation("insight.dashboard.regionTitle", regionLabel), "home-link-quality"),
				HomeLinks.to(HomeLinks.BRANCHES, VaadinIcon.BUILDING, getTranslation("shell.home.region.branches"),
						"home-link-branches"),
				HomeLinks.to(HomeLinks.FLOWS, VaadinIcon.FILE_TREE, getTranslation("shell.home.region.flows"),
						"home-link-flows")));

		LocalDate yesterday = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE).minusDays(1);
		DashboardFilter filter = new DashboardFilter(yesterday, yesterday, null, null, null);
		add(new H3(getTranslation("shell.home.region.yesterday", regionLabel, Dates.day(yesterday, getLocale()))));
		Figures total = dashboards.total(filter);
		if (total.sessions() == 0) {
			Paragraph none = new Paragraph(getTranslation("shell.home.region.none"));
			none.setId("home-region-none");
			add(none);
		}
		else {
			List<OfferFigures> byPackage = dashboards.offersByPackage(filter);
			add(new DayFigures("home-region", total, byPackage.stream().mapToLong(OfferFigures::offered).sum(),
					byPackage.stream().mapToLong(OfferFigures::accepted).sum()));
		}
	}

}
