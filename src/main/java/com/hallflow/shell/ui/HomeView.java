package com.hallflow.shell.ui;

import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.insight.DashboardService;
import com.hallflow.insight.MyDayService;
import com.hallflow.promotion.OfferService;
import com.hallflow.promotion.RolloutService;
import com.hallflow.security.AppUser;
import com.hallflow.security.BranchRef;
import com.hallflow.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * Where everyone lands after signing in: who they are and where they work, then what
 * their role does first. A clerk goes to the counter and sees their own day; a manager
 * sees the branch's day and its promotions; head office sees what needs attention and
 * yesterday's network figures; a region admin the way to their region's dashboard and
 * yesterday's figures of the region. Every figure comes from the services; each role's
 * part calls only the services that role may call.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "shell.home.title", icon = "HOME")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

	@SuppressWarnings("java:S107") // each role's part needs its own services
	HomeView(CurrentUser currentUser, Clock clock, MyDayService myDay, ServiceSessionService sessions,
			DashboardService dashboards, OfferService offers, FlowDesignService designs, PublishedFlowService published,
			RolloutService rollouts) {
		AppUser me = currentUser.require();
		H2 greeting = new H2(getTranslation("shell.home.greeting", me.displayName()));
		greeting.setId("home-greeting");
		String place = me.branchRef()
			.map(b -> getTranslation("shell.home.branch", b.name(), b.code()))
			.or(() -> me.regionRef().map(r -> getTranslation("shell.home.region", r.label())))
			.orElse(getTranslation("shell.home.headOffice"));
		Span where = new Span(place);
		where.setId("home-branch");
		Span role = new Span(getTranslation("shell.home.role", getTranslation(me.role().messageKey())));
		role.setId("home-role");
		// one line under the greeting, wrapping only on a narrow window
		Div who = new Div(where, role);
		who.setId("home-who");
		who.getStyle()
			.set("display", "flex")
			.set("flex-wrap", "wrap")
			.set("column-gap", "var(--lumo-space-l)")
			.set("color", "var(--lumo-secondary-text-color)");
		greeting.getStyle().set("margin-bottom", "0");
		add(greeting, who);
		me.branchRef()
			.filter(b -> !b.open())
			.map(BranchRef::name)
			.ifPresent(name -> add(new Paragraph(getTranslation("shell.home.branchClosed", name))));
		Component part = switch (me.role()) {
			case BRANCH_STAFF -> new ClerkHome(myDay, sessions);
			case BRANCH_MANAGER -> me.branchId()
				.<Component>map(branch -> new ManagerHome(branch, dashboards, offers, clock))
				.orElseGet(() -> new Paragraph(getTranslation("shell.home.noBranch")));
			case HQ_ADMIN -> new HeadOfficeHome(designs, published, rollouts, dashboards, clock);
			case REGION_ADMIN -> me.regionRef()
				.<Component>map(region -> new RegionHome(region.label(), dashboards, clock))
				.orElseGet(() -> new Paragraph(getTranslation("shell.home.noRegion")));
		};
		add(part);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("shell.home.title") + " | " + getTranslation("app.name");
	}

}
