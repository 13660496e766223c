package com.hallflow.shell.ui;

import com.hallflow.base.ui.Dates;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionSummary;
import com.hallflow.insight.MyDay;
import com.hallflow.insight.MyDayService;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * A clerk's home: the way to the counter first, then their own day (what they ended, how
 * long it took, the offers they made) and the sessions they left unfinished, each with a
 * link to resume it where it stands.
 */
class ClerkHome extends VerticalLayout {

	ClerkHome(MyDayService myDay, ServiceSessionService sessions) {
		setPadding(false);
		setId("home-clerk");
		add(HomeLinks.counter(getTranslation("shell.home.toCounter")));

		MyDay today = myDay.today();
		add(new H3(getTranslation("shell.home.clerk.today", Dates.day(today.day(), getLocale()))));
		if (today.figures().sessions() == 0) {
			Paragraph none = new Paragraph(getTranslation("shell.home.clerk.none"));
			none.setId("home-my-none");
			add(none);
		}
		else {
			add(new DayFigures("home-my", today.figures(), today.offers().offered(), today.offers().accepted()));
		}

		add(new H3(getTranslation("shell.home.clerk.unfinished")));
		List<SessionSummary> unfinished = sessions.myInProgress();
		if (unfinished.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("shell.home.clerk.noneUnfinished"));
			none.setId("home-unfinished-none");
			add(none);
			return;
		}
		UnorderedList list = new UnorderedList();
		list.setId("home-unfinished");
		unfinished.forEach(s -> list.add(row(s)));
		add(list);
	}

	private ListItem row(SessionSummary s) {
		String what = getTranslation("shell.home.clerk.session", s.flowName(),
				s.currentStep() == null ? getTranslation("shell.home.clerk.noStep") : s.currentStep(),
				Dates.format(s.startedAt(), getLocale()));
		ListItem item = HomeLinks.item(what, HomeLinks.to(HomeLinks.session(s.id()),
				getTranslation("shell.home.clerk.resume"), "home-resume-" + s.id()));
		if (s.practice()) {
			Span practice = new Span(getTranslation("shell.home.clerk.practice"));
			practice.getElement().getThemeList().add("badge contrast");
			practice.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
			item.addComponentAsFirst(practice);
		}
		return item;
	}

}
