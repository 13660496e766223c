package com.hallflow.shell.ui;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.Dates;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowSummary;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.insight.DashboardFilter;
import com.hallflow.insight.DashboardService;
import com.hallflow.insight.Figures;
import com.hallflow.insight.OfferFigures;
import com.hallflow.promotion.Rollout;
import com.hallflow.promotion.RolloutService;
import com.hallflow.promotion.RolloutState;
import com.hallflow.promotion.Stage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Head office's home: yesterday's figures over the network first, then what needs
 * attention (drafts not yet published, versions published to take effect later, rollout
 * stages starting within a week, paused rollouts), each with a link to where it is dealt
 * with; only the kinds that have something, or one line saying nothing does.
 */
class HeadOfficeHome extends VerticalLayout {

	/** How far ahead rollout stages are announced. */
	static final Duration STAGES_AHEAD = Duration.ofDays(7);

	HeadOfficeHome(FlowDesignService designs, PublishedFlowService published, RolloutService rollouts,
			DashboardService dashboards, Clock clock) {
		setPadding(false);
		setId("home-head-office");
		Instant now = clock.instant();
		yesterday(dashboards, now);

		add(new H3(getTranslation("shell.home.hq.attention")));
		List<FlowSummary> drafts = designs.flows().stream().filter(f -> f.hasDraft() && !f.retired()).toList();
		int shown = section("home-drafts", "shell.home.hq.drafts", drafts,
				f -> item(getTranslation("shell.home.hq.draft", f.name(), Dates.format(f.updatedAt(), getLocale())),
						HomeLinks.editor(f.key()), "shell.home.hq.openEditor", "home-draft-" + f.key()));
		shown += section("home-scheduled", "shell.home.hq.scheduled", published.scheduled(),
				v -> item(
						getTranslation("shell.home.hq.scheduledVersion", v.name(), v.number(),
								Dates.format(v.effectiveFrom(), getLocale())),
						HomeLinks.versions(v.key()), "shell.home.hq.versions",
						"home-scheduled-" + v.key() + "-" + v.number()));

		List<Rollout> live = rollouts.all().stream().filter(r -> r.stateAt(now) != RolloutState.ENDED).toList();
		shown += section("home-stages", "shell.home.hq.stages", stagesStarting(live, now),
				s -> item(
						getTranslation("shell.home.hq.stage", s.rollout().name(), s.rollout().packageName(), s.number(),
								Dates.format(s.stage().startsAt(), getLocale())),
						HomeLinks.PLANNER, "promotion.planner.title",
						"home-stage-" + s.rollout().id() + "-" + s.number()));
		shown += section("home-paused", "shell.home.hq.paused", live.stream().filter(Rollout::paused).toList(),
				r -> item(
						getTranslation("shell.home.hq.pausedRollout", r.name(), r.packageName(),
								Dates.format(r.updatedAt(), getLocale())),
						HomeLinks.PLANNER, "promotion.planner.title", "home-paused-" + r.id()));
		if (shown == 0) {
			Paragraph none = new Paragraph(getTranslation("shell.home.hq.noAttention"));
			none.setId("home-attention-none");
			add(none);
		}
	}

	/**
	 * Yesterday's figures over the network, first on the page so they are in view without
	 * scrolling, and the ways on to where head office works.
	 */
	private void yesterday(DashboardService dashboards, Instant now) {
		LocalDate yesterday = LocalDate.ofInstant(now, ClockConfiguration.BUSINESS_ZONE).minusDays(1);
		DashboardFilter filter = new DashboardFilter(yesterday, yesterday, null, null, null);
		add(new H3(getTranslation("shell.home.hq.yesterday", Dates.day(yesterday, getLocale()))));
		Figures total = dashboards.total(filter);
		if (total.sessions() == 0) {
			Paragraph none = new Paragraph(getTranslation("shell.home.hq.noYesterday"));
			none.setId("home-network-none");
			add(none);
		}
		else {
			List<OfferFigures> byPackage = dashboards.offersByPackage(filter);
			add(new DayFigures("home-network", total, byPackage.stream().mapToLong(OfferFigures::offered).sum(),
					byPackage.stream().mapToLong(OfferFigures::accepted).sum()));
		}
		add(HomeLinks.shortcuts("home-shortcuts", getTranslation("shell.home.shortcuts"),
				HomeLinks.to(HomeLinks.QUALITY, VaadinIcon.CHART, getTranslation("insight.dashboard.title"),
						"home-link-quality"),
				HomeLinks.to(HomeLinks.FLOWS, VaadinIcon.FILE_TREE, getTranslation("flowdesign.flows.title"),
						"home-link-flows"),
				HomeLinks.to(HomeLinks.PLANNER, VaadinIcon.CALENDAR_CLOCK, getTranslation("promotion.planner.title"),
						"home-link-planner")));
	}

	/** One stage of a rollout, numbered from 1 as the planner numbers them. */
	record StageStart(Rollout rollout, int number, Stage stage) {
	}

	/**
	 * Stages of rollouts that have not ended whose start comes within
	 * {@link #STAGES_AHEAD} and before the rollout's end, soonest first.
	 */
	static List<StageStart> stagesStarting(List<Rollout> live, Instant now) {
		Instant horizon = now.plus(STAGES_AHEAD);
		List<StageStart> starting = new ArrayList<>();
		for (Rollout r : live) {
			for (int i = 0; i < r.stages().size(); i++) {
				Instant at = r.stages().get(i).startsAt();
				if (at.isAfter(now) && !at.isAfter(horizon) && (r.endsAt() == null || at.isBefore(r.endsAt()))) {
					starting.add(new StageStart(r, i + 1, r.stages().get(i)));
				}
			}
		}
		starting
			.sort(Comparator.comparing((StageStart s) -> s.stage().startsAt()).thenComparing(s -> s.rollout().id()));
		return starting;
	}

	/**
	 * One kind of thing that needs attention, with its heading, only when there is some.
	 * @return how many sections were shown: 1 or 0
	 */
	private <T> int section(String id, String titleKey, List<T> rows, Function<T, Component> render) {
		if (rows.isEmpty()) {
			return 0;
		}
		add(new H4(getTranslation(titleKey)));
		UnorderedList list = new UnorderedList();
		list.setId(id);
		rows.forEach(row -> list.add(render.apply(row)));
		add(list);
		return 1;
	}

	private ListItem item(String text, String route, String linkKey, String id) {
		return HomeLinks.item(text, HomeLinks.to(route, getTranslation(linkKey), id));
	}

}
