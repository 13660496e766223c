package com.hallflow.insight.ui;

import com.hallflow.base.ui.CsvDownload;
import com.hallflow.base.ui.EChart;
import com.hallflow.base.ui.XlsxDownload;
import com.hallflow.insight.Dashboard;
import com.hallflow.insight.DropOffRow;
import com.hallflow.insight.Figures;
import com.hallflow.insight.OfferFigures;
import com.hallflow.insight.SkippedItemRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's tabs, each a chart (most of them) over its table with the same figures
 * and the CSV and Excel downloads of exactly what the table shows; all filled from one
 * {@link Dashboard}. Head office also gets the province and branch tabs, a region admin
 * the branch tab.
 */
class DashboardTabs extends TabSheet {

	/** The branches shown in the branch chart at most (the table has them all). */
	static final int CHART_BRANCHES = 20;

	final TableGrid<Figures> byFlow = new TableGrid<>("insight-by-flow");

	final TableGrid<Figures> byProvince = new TableGrid<>("insight-by-province");

	final TableGrid<Figures> byBranch = new TableGrid<>("insight-by-branch");

	final TableGrid<Figures> byClerk = new TableGrid<>("insight-by-clerk");

	final TableGrid<Figures> byDay = new TableGrid<>("insight-by-day");

	final TableGrid<OfferFigures> offers = new TableGrid<>("insight-offers");

	final TableGrid<SkippedItemRow> skipped = new TableGrid<>("insight-skipped");

	final TableGrid<DropOffRow> dropOff = new TableGrid<>("insight-drop-off");

	final EChart flowChart = chart("chart-by-flow");

	final EChart provinceChart = chart("chart-by-province");

	final EChart branchChart = chart("chart-by-branch");

	final EChart clerkChart = chart("chart-by-clerk");

	final EChart offerChart = chart("chart-offers");

	final EChart dayChart = chart("chart-by-day");

	/**
	 * The words asking head office to choose a branch for the staff tab; the view puts
	 * its branch picker next to them.
	 */
	final HorizontalLayout clerkHint = new HorizontalLayout();

	private final VerticalLayout clerkTab;

	private final boolean provinces;

	private final boolean branches;

	/**
	 * What the tables show now: the flow targets and each clerk's offers are read from
	 * it.
	 */
	private Dashboard shown;

	/**
	 * @param provinces whether the province tab is shown (head office)
	 * @param branches whether the branch tab is shown (head office, a region admin)
	 */
	DashboardTabs(boolean provinces, boolean branches) {
		this.provinces = provinces;
		this.branches = branches;
		setId("insight-tabs");
		setWidthFull();
		byFlow.text("insight.column.flow", Figures::label).setFlexGrow(0);
		byFlow.text("insight.column.target", f -> target(f.key()));
		figureColumns(byFlow);
		labelled(byProvince, "insight.column.province");
		labelled(byBranch, "insight.column.branch");
		labelled(byClerk, "insight.column.clerk");
		byClerk.text("insight.column.offered", f -> Long.toString(shown.offersOf(f.key()).offered()));
		byClerk.text("insight.column.accepted", f -> Long.toString(shown.offersOf(f.key()).accepted()));
		labelled(byDay, "insight.column.day");
		offers.text("insight.column.place", OfferFigures::placeLabel);
		offers.text("insight.column.package", o -> o.packageName() + " (" + o.packageCode() + ")").setFlexGrow(1);
		offers.text("insight.column.offered", o -> Long.toString(o.offered()));
		offers.text("insight.column.accepted", o -> Long.toString(o.accepted()));
		offers.text("insight.column.conversion", o -> Formats.percent(o.conversion()));
		offers.text("insight.column.notOffered", o -> Long.toString(o.notOffered()));
		skipped.text("insight.column.clerk", SkippedItemRow::clerkName);
		skipped.text("insight.column.flow", SkippedItemRow::flowName);
		skipped.text("insight.column.item", SkippedItemRow::itemText).setFlexGrow(1);
		skipped.text("insight.column.skipped", r -> Long.toString(r.skipped()));
		dropOff.text("insight.column.flow", DropOffRow::flowName);
		dropOff.text("insight.column.step", DropOffRow::stepTitle).setFlexGrow(1);
		dropOff.text("insight.column.abandons", r -> Long.toString(r.abandons()));

		tab("insight.tab.flow", flowChart, byFlow, "flow");
		if (provinces) {
			tab("insight.tab.province", provinceChart, byProvince, "province");
		}
		if (branches) {
			tab("insight.tab.branch", branchChart, byBranch, "branch");
		}
		clerkTab = tab("insight.tab.clerk", clerkChart, byClerk, "clerk");
		clerkHint.setId("insight-clerk-hint");
		clerkHint.setAlignItems(Alignment.BASELINE);
		clerkHint.setVisible(false);
		Span words = new Span(getTranslation("insight.clerk.chooseBranch"));
		words.setId("insight-clerk-hint-text");
		clerkHint.add(VaadinIcon.INFO_CIRCLE_O.create(), words);
		clerkTab.addComponentAsFirst(clerkHint);
		tab("insight.tab.offers", offerChart, offers, "offers");
		tab("insight.tab.skipped", null, skipped, "skipped-items");
		tab("insight.tab.dropOff", null, dropOff, "drop-off");
		tab("insight.tab.day", dayChart, byDay, "day");
	}

	void show(Dashboard dashboard) {
		shown = dashboard;
		byFlow.show(dashboard.byFlow());
		bars(flowChart, labels(dashboard.byFlow()), series(dashboard.byFlow()));
		if (provinces) {
			byProvince.show(dashboard.byProvince());
			bars(provinceChart, labels(dashboard.byProvince()), series(dashboard.byProvince()));
		}
		if (branches) {
			byBranch.show(dashboard.byBranch());
			List<Figures> busiest = dashboard.byBranch().stream().limit(CHART_BRANCHES).toList();
			bars(branchChart, labels(busiest), series(busiest));
		}
		List<Figures> clerks = dashboard.byClerk();
		byClerk.show(clerks);
		Map<String, List<? extends Number>> clerkSeries = series(clerks);
		clerkSeries.put(getTranslation("insight.column.compliant"), clerks.stream().map(Figures::compliant).toList());
		bars(clerkChart, labels(clerks), clerkSeries);
		offers.show(dashboard.offersByPlace());
		List<OfferFigures> byPackage = dashboard.offersByPackage();
		Map<String, List<? extends Number>> offerSeries = new LinkedHashMap<>();
		offerSeries.put(getTranslation("insight.column.offered"),
				byPackage.stream().map(OfferFigures::offered).toList());
		offerSeries.put(getTranslation("insight.column.accepted"),
				byPackage.stream().map(OfferFigures::accepted).toList());
		bars(offerChart, byPackage.stream().map(OfferFigures::packageName).toList(), offerSeries);
		byDay.show(dashboard.byDay());
		dayChart.setOption(EChart.lines(labels(dashboard.byDay()), series(dashboard.byDay())));
		skipped.show(dashboard.skippedItems());
		dropOff.show(dashboard.dropOff());
	}

	/**
	 * Head office without a branch chosen: the staff tab says to choose one (the picker
	 * next to the words) instead of an empty chart and table.
	 */
	void needBranch(boolean need) {
		clerkTab.getChildren().forEach(child -> child.setVisible(need == (child == clerkHint)));
	}

	/** Horizontal bars, the chart as tall as its categories need. */
	private static void bars(EChart chart, List<String> categories, Map<String, List<? extends Number>> series) {
		chart.setHeight(EChart.barsHeight(categories.size(), series.size()));
		chart.setOption(EChart.bars(categories, series));
	}

	private String target(String flowKey) {
		Integer minutes = shown == null ? null : shown.targetOf(flowKey);
		return minutes == null ? "—" : Formats.duration(minutes * 60.0);
	}

	private static void labelled(TableGrid<Figures> grid, String firstColumnKey) {
		grid.text(firstColumnKey, Figures::label).setFlexGrow(1);
		figureColumns(grid);
	}

	/** The figure columns every figures table shares, after its first column(s). */
	private static void figureColumns(TableGrid<Figures> grid) {
		grid.text("insight.column.sessions", f -> Long.toString(f.sessions()));
		grid.text("insight.column.completed", f -> Long.toString(f.completed()));
		grid.text("insight.column.abandonRate", f -> Formats.percent(f.abandonRate()));
		grid.text("insight.column.average", f -> Formats.duration(f.averageSeconds()));
		grid.text("insight.column.p90", f -> Formats.duration(f.p90Seconds()));
		grid.text("insight.column.overTarget", f -> Formats.percent(f.overTargetRate()));
		grid.text("insight.column.compliance", f -> Formats.percent(f.complianceRate()));
	}

	private static List<String> labels(List<Figures> rows) {
		return rows.stream().map(Figures::label).toList();
	}

	/** Sessions and completed ones, the two series every figures chart shows. */
	private Map<String, List<? extends Number>> series(List<Figures> rows) {
		Map<String, List<? extends Number>> series = new LinkedHashMap<>();
		series.put(getTranslation("insight.column.sessions"), rows.stream().map(Figures::sessions).toList());
		series.put(getTranslation("insight.column.completed"), rows.stream().map(Figures::completed).toList());
		return series;
	}

	private static EChart chart(String id) {
		EChart chart = new EChart();
		chart.setId(id);
		chart.setWidthFull();
		chart.setHeight(EChart.MIN_HEIGHT + "px");
		return chart;
	}

	/**
	 * A tab: the chart (if any), the CSV and Excel downloads of exactly what the table
	 * shows, the table.
	 */
	private VerticalLayout tab(String titleKey, EChart chart, TableGrid<?> grid, String name) {
		VerticalLayout tab = new VerticalLayout();
		if (chart != null) {
			tab.add(chart);
		}
		String title = getTranslation(titleKey);
		tab.add(new HorizontalLayout(
				CsvDownload.link("insight-csv-" + name, getTranslation("insight.csv"), name + ".csv", grid::rows),
				XlsxDownload.link("insight-xlsx-" + name, getTranslation("insight.xlsx"), name + ".xlsx", title,
						grid::rows)),
				grid);
		tab.setPadding(false);
		tab.setWidthFull();
		add(title, tab);
		return tab;
	}

}
