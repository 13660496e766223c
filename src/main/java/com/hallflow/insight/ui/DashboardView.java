package com.hallflow.insight.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.CsvDownload;
import com.hallflow.base.ui.EChart;
import com.hallflow.base.ui.Notifications;
import com.hallflow.base.ui.XlsxDownload;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.insight.DashboardFilter;
import com.hallflow.insight.DashboardService;
import com.hallflow.insight.DropOffRow;
import com.hallflow.insight.Figures;
import com.hallflow.insight.OfferFigures;
import com.hallflow.insight.SkippedItemRow;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.AppRoles;
import com.hallflow.security.CurrentUser;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * Service quality (服务质量): head office over the whole network, a branch manager over their
 * branch with the per-clerk assessment. Every table has a CSV download of exactly what it
 * shows. Figures come from the rollups; practice sessions are never counted.
 */
@Route("insight")
@RolesAllowed({AppRoles.HQ_ADMIN, AppRoles.BRANCH_MANAGER})
@Menu(order = 47, title = "insight.dashboard.title", icon = "CHART")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Long> province = new Select<>();
    final ComboBox<BranchSummary> branch = new ComboBox<>();
    final Select<String> flow = new Select<>();
    final Div summary = new Div();
    /** Each flow's target handle time in minutes, to read the flow table against. */
    private final Map<String, Integer> targets = new HashMap<>();
    final Grid<Figures> byFlow = figuresGrid("insight-by-flow", "insight.column.flow");
    final Grid<Figures> byProvince = figuresGrid("insight-by-province", "insight.column.province");
    final Grid<Figures> byBranch = figuresGrid("insight-by-branch", "insight.column.branch");
    final Grid<Figures> byClerk = figuresGrid("insight-by-clerk", "insight.column.clerk");
    final Grid<Figures> byDay = figuresGrid("insight-by-day", "insight.column.day");
    final EChart flowChart = chart("chart-by-flow");
    final EChart provinceChart = chart("chart-by-province");
    final EChart dayChart = chart("chart-by-day");
    final EChart branchChart = chart("chart-by-branch");
    final EChart clerkChart = chart("chart-by-clerk");
    final EChart offerChart = chart("chart-offers");
    final Grid<OfferFigures> offers = new Grid<>(OfferFigures.class, false);
    /** Offers made and accepted per clerk id, for the staff table. */
    private Map<String, long[]> clerkOffers = Map.of();
    /** The branches shown in the branch chart at most (the table has them all). */
    static final int CHART_BRANCHES = 20;
    final Grid<SkippedItemRow> skipped = new Grid<>(SkippedItemRow.class, false);
    final Grid<DropOffRow> dropOff = new Grid<>(DropOffRow.class, false);
    private final DashboardService dashboards;
    private final boolean headOffice;

    DashboardView(DashboardService dashboards, CurrentUser currentUser, PublishedFlowService flows,
                  RegionService regions, BranchService branches, Clock clock) {
        this.dashboards = dashboards;
        this.headOffice = currentUser.get().map(u -> u.isHeadOffice()).orElse(false);
        setSizeFull();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
        from.setId("insight-from");
        from.setLabel(getTranslation("insight.filter.from"));
        from.setValue(today.minusDays(29));
        to.setId("insight-to");
        to.setLabel(getTranslation("insight.filter.to"));
        to.setValue(today);
        Map<String, String> flowNames = flows.startable().stream()
                .collect(Collectors.toMap(PublishedFlow::key, f -> f.document().name(), (a, b) -> a));
        flow.setId("insight-flow");
        flow.setLabel(getTranslation("insight.column.flow"));
        flow.setItems(new ArrayList<>(flowNames.keySet()));
        flows.startable().forEach(f -> targets.put(f.key(), f.document().targetMinutes()));
        byFlow.getColumns().get(0).setFlexGrow(0);
        byFlow.addColumn(f -> target(f.key())).setHeader(getTranslation("insight.column.target")).setAutoWidth(true);
        List<Grid.Column<Figures>> order = new ArrayList<>(byFlow.getColumns());
        order.add(1, order.remove(order.size() - 1));
        byFlow.setColumnOrder(order);
        flow.setItemLabelGenerator(k -> k == null ? "" : flowNames.getOrDefault(k, k));
        flow.setEmptySelectionAllowed(true);
        flow.setEmptySelectionCaption(getTranslation("flowexecution.records.all"));
        FlexLayout filters = new FlexLayout(from, to, flow);
        filters.addClassName("insight-filters");
        if (headOffice) {
            List<RegionNode> provinces = regions.all().stream().filter(RegionNode::isProvince).toList();
            Map<Long, String> names = provinces.stream().collect(Collectors.toMap(RegionNode::id, RegionNode::name));
            province.setId("insight-province");
            province.setLabel(getTranslation("insight.column.province"));
            province.setItems(provinces.stream().map(RegionNode::id).toList());
            province.setItemLabelGenerator(id -> id == null ? "" : names.getOrDefault(id, ""));
            province.setEmptySelectionAllowed(true);
            province.setEmptySelectionCaption(getTranslation("insight.filter.network"));
            branch.setId("insight-branch");
            branch.setLabel(getTranslation("insight.column.branch"));
            branch.setItems(query -> branches.list(new BranchFilter(query.getFilter().orElse(""), null, null),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream());
            branch.setItemLabelGenerator(b -> b.code() + " " + b.name());
            branch.setClearButtonVisible(true);
            filters.add(province, branch);
            province.addValueChangeListener(e -> refresh());
            branch.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        flow.addValueChangeListener(e -> refresh());

        skipped.setId("insight-skipped");
        skipped.addColumn(SkippedItemRow::clerkName).setHeader(getTranslation("insight.column.clerk")).setAutoWidth(true);
        skipped.addColumn(SkippedItemRow::flowName).setHeader(getTranslation("insight.column.flow")).setAutoWidth(true);
        skipped.addColumn(SkippedItemRow::itemText).setHeader(getTranslation("insight.column.item")).setFlexGrow(1);
        skipped.addColumn(SkippedItemRow::skipped).setHeader(getTranslation("insight.column.skipped")).setAutoWidth(true);
        dropOff.setId("insight-drop-off");
        dropOff.addColumn(DropOffRow::flowName).setHeader(getTranslation("insight.column.flow")).setAutoWidth(true);
        dropOff.addColumn(DropOffRow::stepTitle).setHeader(getTranslation("insight.column.step")).setFlexGrow(1);
        dropOff.addColumn(DropOffRow::abandons).setHeader(getTranslation("insight.column.abandons")).setAutoWidth(true);

        offers.setId("insight-offers");
        offers.addColumn(OfferFigures::placeLabel).setHeader(getTranslation("insight.column.place")).setAutoWidth(true);
        offers.addColumn(o -> o.packageName() + " (" + o.packageCode() + ")")
                .setHeader(getTranslation("insight.column.package")).setAutoWidth(true).setFlexGrow(1);
        offers.addColumn(OfferFigures::offered).setHeader(getTranslation("insight.column.offered")).setAutoWidth(true);
        offers.addColumn(OfferFigures::accepted).setHeader(getTranslation("insight.column.accepted"))
                .setAutoWidth(true);
        offers.addColumn(o -> percent(o.conversion())).setHeader(getTranslation("insight.column.conversion"))
                .setAutoWidth(true);
        offers.addColumn(OfferFigures::notOffered).setHeader(getTranslation("insight.column.notOffered"))
                .setAutoWidth(true);
        byClerk.addItemClickListener(e -> openRecordsOf(e.getItem()));
        byClerk.addColumn(f -> Long.toString(clerkOffers.getOrDefault(f.key(), new long[2])[0]))
                .setHeader(getTranslation("insight.column.offered")).setAutoWidth(true);
        byClerk.addColumn(f -> Long.toString(clerkOffers.getOrDefault(f.key(), new long[2])[1]))
                .setHeader(getTranslation("insight.column.accepted")).setAutoWidth(true);

        TabSheet tabs = new TabSheet();
        tabs.setId("insight-tabs");
        tabs.setSizeFull();
        tab(tabs, "insight.tab.flow", flowChart, byFlow, "flow", this::flowRows);
        if (headOffice) {
            tab(tabs, "insight.tab.province", provinceChart, byProvince, "province",
                    () -> figureRows(byProvince, "insight.column.province"));
            tab(tabs, "insight.tab.branch", branchChart, byBranch, "branch",
                    () -> figureRows(byBranch, "insight.column.branch"));
        }
        tab(tabs, "insight.tab.clerk", clerkChart, byClerk, "clerk", this::clerkRows);
        tab(tabs, "insight.tab.offers", offerChart, offers, "offers", () -> rows(offers, List.of(
                "insight.column.place", "insight.column.package", "insight.column.offered", "insight.column.accepted",
                "insight.column.conversion", "insight.column.notOffered"), o -> List.of(o.placeLabel(),
                o.packageName() + " (" + o.packageCode() + ")", Long.toString(o.offered()), Long.toString(o.accepted()),
                percent(o.conversion()), Long.toString(o.notOffered()))));
        tab(tabs, "insight.tab.skipped", null, skipped, "skipped-items", () -> rows(skipped, List.of(
                "insight.column.clerk", "insight.column.flow", "insight.column.item", "insight.column.skipped"),
                r -> List.of(r.clerkName(), r.flowName(), r.itemText(), Long.toString(r.skipped()))));
        tab(tabs, "insight.tab.dropOff", null, dropOff, "drop-off", () -> rows(dropOff, List.of(
                "insight.column.flow", "insight.column.step", "insight.column.abandons"),
                r -> List.of(r.flowName(), r.stepTitle(), Long.toString(r.abandons()))));
        tab(tabs, "insight.tab.day", dayChart, byDay, "day", () -> figureRows(byDay, "insight.column.day"));
        summary.setId("insight-summary");
        summary.addClassName("insight-summary");
        add(new H2(getTranslation(headOffice ? "insight.dashboard.title" : "insight.dashboard.branchTitle")), filters,
                summary, tabs);
        expand(tabs);
        refresh();
    }

    /** The filter the screen shows; head office without a branch chosen sees no per-clerk table. */
    DashboardFilter filter() {
        return new DashboardFilter(from.getValue(), to.getValue(), headOffice ? province.getValue() : null,
                headOffice && branch.getValue() != null ? branch.getValue().id() : null, flow.getValue());
    }

    void refresh() {
        DashboardFilter filter = filter();
        try {
            Figures total = dashboards.total(filter);
            showSummary(total);
            List<Figures> flows = dashboards.byFlow(filter);
            byFlow.setItems(flows);
            flowChart.setOption(EChart.bars(flows.stream().map(Figures::label).toList(), series(flows), true));
            if (headOffice) {
                List<Figures> provinces = dashboards.byProvince(filter);
                byProvince.setItems(provinces);
                provinceChart.setOption(EChart.bars(provinces.stream().map(Figures::label).toList(),
                        series(provinces), false));
                List<Figures> branchRows = dashboards.byBranch(filter);
                byBranch.setItems(branchRows);
                List<Figures> busiest = branchRows.stream().limit(CHART_BRANCHES).toList();
                branchChart.setHeight(barsHeight(busiest.size(), 2));
                branchChart.setOption(EChart.bars(busiest.stream().map(Figures::label).toList(), series(busiest),
                        true));
            }
            boolean oneBranch = !headOffice || filter.branchId() != null;
            clerkOffers = oneBranch ? dashboards.offersByClerk(filter) : Map.of();
            List<Figures> clerks = oneBranch ? dashboards.byClerk(filter) : List.of();
            byClerk.setItems(clerks);
            Map<String, List<? extends Number>> clerkSeries = series(clerks);
            clerkSeries.put(getTranslation("insight.column.compliant"),
                    clerks.stream().map(Figures::compliant).toList());
            clerkChart.setHeight(barsHeight(clerks.size(), 3));
            clerkChart.setOption(EChart.bars(clerks.stream().map(Figures::label).toList(), clerkSeries, true));
            List<OfferFigures> offerRows = dashboards.offersByPlace(filter);
            offers.setItems(offerRows);
            List<OfferFigures> byPackage = perPackage(offerRows);
            Map<String, List<? extends Number>> offerSeries = new LinkedHashMap<>();
            offerSeries.put(getTranslation("insight.column.offered"),
                    byPackage.stream().map(OfferFigures::offered).toList());
            offerSeries.put(getTranslation("insight.column.accepted"),
                    byPackage.stream().map(OfferFigures::accepted).toList());
            offerChart.setOption(EChart.bars(byPackage.stream().map(OfferFigures::packageName).toList(),
                    offerSeries, false));
            List<Figures> days = dashboards.byDay(filter);
            byDay.setItems(days);
            dayChart.setOption(EChart.lines(days.stream().map(Figures::label).toList(), series(days)));
            skipped.setItems(dashboards.skippedItems(filter));
            dropOff.setItems(dashboards.dropOff(filter));
            to.setInvalid(false);
        } catch (BusinessException e) {
            if (e.field().filter("to"::equals).isPresent()) {
                to.setErrorMessage(getTranslation(e.messageKey()));
                to.setInvalid(true);
            } else {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        }
    }

    private void showSummary(Figures total) {
        summary.removeAll();
        summary.add(card("insight-total-sessions", "insight.column.sessions", Long.toString(total.sessions())),
                card("insight-total-completion", "insight.column.completion", percent(total.sessions() == 0 ? null
                        : (double) total.completed() / total.sessions())),
                card("insight-total-average", "insight.column.average", duration(total.averageSeconds())),
                card("insight-total-p90", "insight.column.p90", duration(total.p90Seconds() == null ? null
                        : total.p90Seconds().doubleValue())),
                card("insight-total-compliance", "insight.column.compliance", percent(total.complianceRate())),
                card("insight-total-over", "insight.column.overTarget", percent(total.overTargetRate())));
    }

    /** Sessions and completed ones, the two series every chart here shows. */
    private Map<String, List<? extends Number>> series(List<Figures> rows) {
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put(getTranslation("insight.column.sessions"), rows.stream().map(Figures::sessions).toList());
        series.put(getTranslation("insight.column.completed"), rows.stream().map(Figures::completed).toList());
        return series;
    }

    /** The place rows summed per package (the chart), most offered first: no second query for it. */
    static List<OfferFigures> perPackage(List<OfferFigures> byPlace) {
        Map<Long, OfferFigures> sums = new LinkedHashMap<>();
        for (OfferFigures o : byPlace) {
            sums.merge(o.packageId(), new OfferFigures("ALL", "", o.packageId(), o.packageCode(), o.packageName(),
                    o.offered(), o.accepted(), o.notOffered()), (a, b) -> new OfferFigures("ALL", "", a.packageId(),
                    a.packageCode(), a.packageName(), a.offered() + b.offered(), a.accepted() + b.accepted(),
                    a.notOffered() + b.notOffered()));
        }
        return sums.values().stream().sorted(Comparator.comparingLong(OfferFigures::offered).reversed()
                .thenComparing(OfferFigures::packageCode)).toList();
    }

    /** Tall enough for every row of a horizontal bar chart to keep its label. */
    private static String barsHeight(int rows, int series) {
        return Math.max(260, 60 + rows * (8 + 8 * series)) + "px";
    }

    private EChart chart(String id) {
        EChart chart = new EChart();
        chart.setId(id);
        chart.setWidthFull();
        chart.setHeight("260px");
        return chart;
    }

    private Div card(String id, String labelKey, String value) {
        Span number = new Span(value);
        number.addClassName("insight-number");
        number.setId(id);
        Div card = new Div(new Span(getTranslation(labelKey)), number);
        card.addClassName("insight-card");
        return card;
    }

    private Grid<Figures> figuresGrid(String id, String firstColumnKey) {
        Grid<Figures> grid = new Grid<>(Figures.class, false);
        grid.setId(id);
        grid.addColumn(Figures::label).setHeader(getTranslation(firstColumnKey)).setAutoWidth(true).setFlexGrow(1);
        for (Map.Entry<String, Function<Figures, String>> column : columns().entrySet()) {
            grid.addColumn(f -> column.getValue().apply(f)).setHeader(getTranslation(column.getKey()))
                    .setAutoWidth(true);
        }
        return grid;
    }

    /** The figure columns every table shares, by header key, as text. */
    private Map<String, Function<Figures, String>> columns() {
        Map<String, Function<Figures, String>> columns = new LinkedHashMap<>();
        columns.put("insight.column.sessions", f -> Long.toString(f.sessions()));
        columns.put("insight.column.completed", f -> Long.toString(f.completed()));
        columns.put("insight.column.abandonRate", f -> percent(f.abandonRate()));
        columns.put("insight.column.average", f -> duration(f.averageSeconds()));
        columns.put("insight.column.p90", f -> duration(f.p90Seconds() == null ? null : f.p90Seconds().doubleValue()));
        columns.put("insight.column.overTarget", f -> percent(f.overTargetRate()));
        columns.put("insight.column.compliance", f -> percent(f.complianceRate()));
        return columns;
    }

    private List<List<String>> figureRows(Grid<Figures> grid, String firstColumnKey) {
        List<String> header = new ArrayList<>(List.of(getTranslation(firstColumnKey)));
        columns().keySet().forEach(k -> header.add(getTranslation(k)));
        List<List<String>> rows = new ArrayList<>(List.of(header));
        grid.getGenericDataView().getItems().forEach(f -> {
            List<String> row = new ArrayList<>(List.of(f.label()));
            columns().values().forEach(c -> row.add(c.apply(f)));
            rows.add(row);
        });
        return rows;
    }

    /** The flow table as its downloads build it: each flow's target after its name. */
    List<List<String>> flowRows() {
        List<List<String>> rows = figureRows(byFlow, "insight.column.flow");
        rows.get(0).add(1, getTranslation("insight.column.target"));
        List<Figures> shown = byFlow.getGenericDataView().getItems().toList();
        for (int i = 0; i < shown.size(); i++) {
            rows.get(i + 1).add(1, target(shown.get(i).key()));
        }
        return rows;
    }

    private String target(String flowKey) {
        Integer minutes = targets.get(flowKey);
        return minutes == null ? "—" : duration(minutes * 60.0);
    }

    /** A clerk's records for the dates and business the dashboard shows (a click on the staff table). */
    void openRecordsOf(Figures clerk) {
        DashboardFilter shown = filter();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("clerk", clerk.label());
        query.put("from", shown.from().toString());
        query.put("to", shown.to().toString());
        if (shown.flowKey() != null) {
            query.put("flow", shown.flowKey());
        }
        if (shown.branchId() != null) {
            query.put("branch", Long.toString(shown.branchId()));
        }
        getUI().ifPresent(ui -> ui.navigate("records", QueryParameters.simple(query)));
    }

    /** The staff table as its downloads build it: the shared figures, then offers made and accepted. */
    List<List<String>> clerkRows() {
        List<List<String>> rows = figureRows(byClerk, "insight.column.clerk");
        rows.get(0).add(getTranslation("insight.column.offered"));
        rows.get(0).add(getTranslation("insight.column.accepted"));
        List<Figures> clerks = byClerk.getGenericDataView().getItems().toList();
        for (int i = 0; i < clerks.size(); i++) {
            long[] made = clerkOffers.getOrDefault(clerks.get(i).key(), new long[2]);
            rows.get(i + 1).add(Long.toString(made[0]));
            rows.get(i + 1).add(Long.toString(made[1]));
        }
        return rows;
    }

    private <T> List<List<String>> rows(Grid<T> grid, List<String> headerKeys, Function<T, List<String>> row) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headerKeys.stream().map(this::getTranslation).toList());
        grid.getGenericDataView().getItems().forEach(item -> rows.add(row.apply(item)));
        return rows;
    }

    /**
     * A tab: the chart (if any), the CSV and Excel downloads of exactly what the table shows, and
     * the table with the same figures as the chart.
     */
    private void tab(TabSheet tabs, String titleKey, EChart chart, Grid<?> grid, String name,
                     Supplier<List<List<String>>> rows) {
        grid.setSizeFull();
        VerticalLayout tab = new VerticalLayout();
        if (chart != null) {
            tab.add(chart);
        }
        String title = getTranslation(titleKey);
        HorizontalLayout downloads = new HorizontalLayout(
                CsvDownload.link("insight-csv-" + name, getTranslation("insight.csv"), name + ".csv", rows),
                XlsxDownload.link("insight-xlsx-" + name, getTranslation("insight.xlsx"), name + ".xlsx", title,
                        rows));
        tab.add(downloads, grid);
        tab.setPadding(false);
        tab.setSizeFull();
        tab.expand(grid);
        tabs.add(title, tab);
    }

    static String percent(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String duration(Double seconds) {
        if (seconds == null) {
            return "—";
        }
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.dashboard.title") + " | " + getTranslation("app.name");
    }
}
