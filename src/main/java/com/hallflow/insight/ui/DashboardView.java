package com.hallflow.insight.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.CsvDownload;
import com.hallflow.base.ui.EChart;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.insight.DashboardFilter;
import com.hallflow.insight.DashboardService;
import com.hallflow.insight.DropOffRow;
import com.hallflow.insight.Figures;
import com.hallflow.insight.SkippedItemRow;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.AppRoles;
import com.hallflow.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
    final Grid<Figures> byFlow = figuresGrid("insight-by-flow", "insight.column.flow");
    final Grid<Figures> byProvince = figuresGrid("insight-by-province", "insight.column.province");
    final Grid<Figures> byBranch = figuresGrid("insight-by-branch", "insight.column.branch");
    final Grid<Figures> byClerk = figuresGrid("insight-by-clerk", "insight.column.clerk");
    final Grid<Figures> byDay = figuresGrid("insight-by-day", "insight.column.day");
    final EChart flowChart = chart("chart-by-flow");
    final EChart provinceChart = chart("chart-by-province");
    final EChart dayChart = chart("chart-by-day");
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

        TabSheet tabs = new TabSheet();
        tabs.setId("insight-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("insight.tab.flow"), withCsv(flowChart, byFlow, "insight-csv-flow", "by-flow.csv",
                () -> figureRows(byFlow, "insight.column.flow")));
        if (headOffice) {
            tabs.add(getTranslation("insight.tab.province"), withCsv(provinceChart, byProvince, "insight-csv-province",
                    "by-province.csv", () -> figureRows(byProvince, "insight.column.province")));
            tabs.add(getTranslation("insight.tab.branch"), withCsv(byBranch, "insight-csv-branch", "by-branch.csv",
                    () -> figureRows(byBranch, "insight.column.branch")));
        }
        tabs.add(getTranslation("insight.tab.clerk"), withCsv(byClerk, "insight-csv-clerk", "by-clerk.csv",
                () -> figureRows(byClerk, "insight.column.clerk")));
        tabs.add(getTranslation("insight.tab.skipped"), withCsv(skipped, "insight-csv-skipped", "skipped-items.csv",
                () -> rows(skipped, List.of("insight.column.clerk", "insight.column.flow", "insight.column.item",
                        "insight.column.skipped"), r -> List.of(r.clerkName(), r.flowName(), r.itemText(),
                        Long.toString(r.skipped())))));
        tabs.add(getTranslation("insight.tab.dropOff"), withCsv(dropOff, "insight-csv-drop-off", "drop-off.csv",
                () -> rows(dropOff, List.of("insight.column.flow", "insight.column.step", "insight.column.abandons"),
                        r -> List.of(r.flowName(), r.stepTitle(), Long.toString(r.abandons())))));
        tabs.add(getTranslation("insight.tab.day"), withCsv(dayChart, byDay, "insight-csv-day", "by-day.csv",
                () -> figureRows(byDay, "insight.column.day")));
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
                byBranch.setItems(dashboards.byBranch(filter));
            }
            byClerk.setItems(!headOffice || filter.branchId() != null ? dashboards.byClerk(filter) : List.of());
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
        Map<String, List<? extends Number>> series = new java.util.LinkedHashMap<>();
        series.put(getTranslation("insight.column.sessions"), rows.stream().map(Figures::sessions).toList());
        series.put(getTranslation("insight.column.completed"), rows.stream().map(Figures::completed).toList());
        return series;
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
        Map<String, Function<Figures, String>> columns = new java.util.LinkedHashMap<>();
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

    /** The staff table as its CSV download builds it. */
    List<List<String>> figureRowsForTest() {
        return figureRows(byClerk, "insight.column.clerk");
    }

    private <T> List<List<String>> rows(Grid<T> grid, List<String> headerKeys, Function<T, List<String>> row) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headerKeys.stream().map(this::getTranslation).toList());
        grid.getGenericDataView().getItems().forEach(item -> rows.add(row.apply(item)));
        return rows;
    }

    private Component withCsv(Grid<?> grid, String id, String fileName, Supplier<List<List<String>>> rows) {
        return withCsv(null, grid, id, fileName, rows);
    }

    /** A tab: the chart (if any), the CSV link and the table with the same figures. */
    private Component withCsv(EChart chart, Grid<?> grid, String id, String fileName,
                              Supplier<List<List<String>>> rows) {
        grid.setSizeFull();
        VerticalLayout tab = new VerticalLayout();
        if (chart != null) {
            tab.add(chart);
        }
        tab.add(CsvDownload.link(id, getTranslation("insight.csv"), fileName, rows), grid);
        tab.setPadding(false);
        tab.setSizeFull();
        tab.expand(grid);
        return tab;
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
