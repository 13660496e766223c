package com.hallflow.flowexecution.ui;

import com.hallflow.base.ui.Dates;
import com.hallflow.base.ui.SearchField;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionSummary;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clerk's home at the counter: a tile for every flow that can be started now, a
 * search box, and the clerk's sessions still in progress to pick up again.
 */
@Route("counter")
@RolesAllowed({ AppRoles.BRANCH_STAFF, AppRoles.BRANCH_MANAGER })
@Menu(order = 5, title = "flowexecution.counter.title", icon = "DESKTOP")
public class CounterView extends VerticalLayout implements HasDynamicTitle {

	final FlexLayout tiles = new FlexLayout();

	final VerticalLayout inProgress = new VerticalLayout();

	final SearchField search;

	private final List<PublishedFlow> flows;

	private final ServiceSessionService sessions;

	CounterView(PublishedFlowService published, ServiceSessionService sessions) {
		this.sessions = sessions;
		// head office's order first, where it set one; then the businesses this branch
		// serves most; the rest by name
		Map<String, Integer> ranks = published.tileRanks();
		Map<String, Long> use = sessions.recentUse();
		Collator byName = Collator.getInstance(Locale.CHINA);
		this.flows = published.startable()
			.stream()
			.sorted(Comparator.comparingInt((PublishedFlow f) -> ranks.getOrDefault(f.key(), Integer.MAX_VALUE))
				.thenComparingLong(f -> -use.getOrDefault(f.key(), 0L))
				.thenComparing(f -> f.document().name(), byName))
			.toList();
		addClassName("counter-home");
		search = new SearchField("flow-search", getTranslation("flowexecution.counter.search"),
				() -> showTiles(searchText()));
		tiles.setId("flow-tiles");
		tiles.addClassName("flow-tiles");
		tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		inProgress.setId("in-progress");
		inProgress.setPadding(false);
		add(new H2(getTranslation("flowexecution.counter.title")), search, tiles);
		showTiles("");
		showInProgress();
	}

	private String searchText() {
		return search == null ? "" : search.getValue();
	}

	private void showTiles(String filter) {
		tiles.removeAll();
		String needle = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
		flows.stream()
			.filter(f -> needle.isEmpty() || f.document().name().toLowerCase(Locale.ROOT).contains(needle)
					|| f.key().toLowerCase(Locale.ROOT).contains(needle))
			.forEach(f -> tiles.add(tile(f)));
		if (tiles.getComponentCount() == 0) {
			tiles.add(new Span(getTranslation(
					flows.isEmpty() ? "flowexecution.counter.noFlows" : "flowexecution.counter.noMatch")));
		}
	}

	private Button tile(PublishedFlow flow) {
		Button tile = new Button(icon(flow.document().icon()), e -> new StartSessionDialog(flow, sessions).open());
		Span name = new Span(flow.document().name());
		name.addClassName("tile-name");
		tile.getElement().appendChild(name.getElement());
		if (flow.document().targetMinutes() != null) {
			Span target = new Span(getTranslation("flowexecution.counter.target", flow.document().targetMinutes()));
			target.addClassName("tile-target");
			tile.getElement().appendChild(target.getElement());
		}
		tile.addClassName("flow-tile");
		tile.setId("tile-" + flow.key());
		tile.setAriaLabel(flow.document().name());
		return tile;
	}

	private static Icon icon(String name) {
		try {
			return (name == null ? VaadinIcon.FILE_TEXT_O : VaadinIcon.valueOf(name)).create();
		}
		catch (IllegalArgumentException e) {
			return VaadinIcon.FILE_TEXT_O.create();
		}
	}

	private void showInProgress() {
		List<SessionSummary> mine = sessions.myInProgress();
		if (mine.isEmpty()) {
			return;
		}
		inProgress.removeAll();
		for (SessionSummary s : mine) {
			Button resume = new Button(getTranslation("flowexecution.counter.resume"),
					e -> getUI().ifPresent(ui -> ui.navigate(GuidedRunView.class, GuidedRunView.params(s.id()))));
			resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			resume.setId("resume-" + s.id());
			Span what = new Span(s.flowName()
					+ (s.currentStep() == null ? ""
							: " · " + getTranslation("flowexecution.counter.stoppedAt", stepOf(s)))
					+ (s.customerNameMasked() == null ? "" : " · " + s.customerNameMasked())
					+ (s.mobileMasked() == null ? "" : " · " + s.mobileMasked()) + " · "
					+ Dates.format(s.startedAt(), getLocale()));
			Div row = new Div(what, resume);
			row.addClassName("in-progress-row");
			if (s.practice()) {
				row.addComponentAsFirst(PracticeBadge.create());
			}
			inProgress.add(row);
		}
		add(new H3(getTranslation("flowexecution.counter.inProgress")), inProgress);
	}

	/**
	 * The step a session stopped at, as lists keep it ("flow / step"): the step's title,
	 * after the called flow's name when it stopped inside one.
	 */
	private static String stepOf(SessionSummary s) {
		String own = s.flowName() + " / ";
		return s.currentStep().startsWith(own) ? s.currentStep().substring(own.length())
				: s.currentStep().replace(" / ", " › ");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("flowexecution.counter.title") + " | " + getTranslation("app.name");
	}

}
