package com.hallflow.insight.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.Dates;
import com.hallflow.base.ui.Filters;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowSummary;
import com.hallflow.flowdesign.VersionSummary;
import com.hallflow.insight.VersionComparison;
import com.hallflow.insight.VersionComparisonService;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * 版本对比: whether a piloted version of a flow does better than the one before. Choose the
 * flow by name, its new version (with the day it was published) and the earlier one, and
 * the days; the tables show each measure for the pilot branches and the rest, with the
 * test used and a plain statement of whether the difference is beyond noise.
 */
@Route("insight/versions")
@RolesAllowed({ AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN })
@Menu(order = 48, title = "insight.versions.title", icon = "SCALE")
public class VersionComparisonView extends VerticalLayout implements HasDynamicTitle {

	final Select<String> flow = new Select<>();

	final Select<VersionSummary> version = new Select<>();

	final Select<Integer> previous = new Select<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Paragraph empty = new Paragraph();

	final VersionComparisonTables tables = new VersionComparisonTables();

	private final VersionComparisonService comparisons;

	private final FlowDesignService designs;

	private final LocalDate today;

	VersionComparisonView(VersionComparisonService comparisons, FlowDesignService designs, Clock clock) {
		this.comparisons = comparisons;
		this.designs = designs;
		this.today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		setWidthFull();
		Map<String, String> names = designs.flows()
			.stream()
			.filter(f -> !f.retired() && f.latestPublished() != null && f.latestPublished() >= 2)
			.collect(Collectors.toMap(FlowSummary::key, FlowSummary::name, (a, b) -> a));
		flow.setId("versions-flow");
		flow.setLabel(getTranslation("insight.column.flow"));
		flow.setItems(names.keySet().stream().sorted().toList());
		flow.setItemLabelGenerator(key -> names.getOrDefault(key, ""));
		flow.setEmptySelectionAllowed(false);
		version.setId("versions-new");
		version.setLabel(getTranslation("insight.versions.new"));
		// the day it took effect, as the date pickers beside it write it (short enough
		// for
		// the box)
		version.setItemLabelGenerator(v -> getTranslation("insight.versions.versionLabel", Integer.toString(v.number()),
				LocalDate.ofInstant(startOf(v), ClockConfiguration.BUSINESS_ZONE).toString()));
		version.setWidth("19rem");
		previous.setId("versions-previous");
		previous.setWidth("7.5rem");
		previous.setLabel(getTranslation("insight.versions.previous"));
		previous.setItemLabelGenerator(n -> getTranslation("insight.versions.number", Integer.toString(n)));
		from.setId("versions-from");
		from.setLabel(getTranslation("insight.filter.from"));
		to.setId("versions-to");
		to.setLabel(getTranslation("insight.filter.to"));
		to.setValue(today);
		Dates.picker(from, getLocale());
		Dates.picker(to, getLocale());
		// an ISO day fits: the whole filter bar stays on one line at 1366 px
		from.setWidth("10rem");
		to.setWidth("10rem");
		empty.setId("versions-empty");
		Paragraph method = new Paragraph(getTranslation("insight.versions.method",
				Double.toString(VersionComparison.SIGNIFICANCE), Integer.toString(VersionComparison.MIN_SAMPLE)));
		method.setId("versions-method");
		flow.addValueChangeListener(e -> chooseFlow(e.getValue()));
		version.addValueChangeListener(e -> chooseVersion(e.getValue()));
		previous.addValueChangeListener(e -> refresh());
		from.addValueChangeListener(e -> refresh());
		to.addValueChangeListener(e -> refresh());
		add(new H2(getTranslation("insight.versions.title")), Filters.bar(flow, version, previous, from, to), method,
				empty, tables);
		if (names.isEmpty()) {
			show(getTranslation("insight.versions.noFlow"));
		}
		else {
			flow.setValue(flow.getListDataView().getItem(0));
		}
	}

	/** The new version's first day: when it took effect (or was published). */
	private static Instant startOf(VersionSummary v) {
		return v.effectiveFrom() != null ? v.effectiveFrom() : v.publishedAt();
	}

	private void chooseFlow(String key) {
		List<VersionSummary> versions = key == null ? List.of()
				: designs.versions(key).stream().filter(v -> v.number() >= 2).toList();
		version.setItems(versions);
		if (!versions.isEmpty()) {
			version.setValue(versions.get(0));
		}
	}

	/** A new version: the earlier one defaults to the one before, the days to its own. */
	private void chooseVersion(VersionSummary chosen) {
		if (chosen == null) {
			return;
		}
		previous.setItems(IntStream.range(1, chosen.number()).mapToObj(n -> chosen.number() - n).toList());
		previous.setValue(chosen.number() - 1);
		LocalDate start = LocalDate.ofInstant(startOf(chosen), ClockConfiguration.BUSINESS_ZONE);
		from.setValue(start.isAfter(today) ? today : start);
		refresh();
	}

	void refresh() {
		if (flow.getValue() == null || version.getValue() == null || previous.getValue() == null) {
			return;
		}
		try {
			VersionComparison shown = comparisons.compare(flow.getValue(), version.getValue().number(),
					previous.getValue(), from.getValue(), to.getValue());
			to.setInvalid(false);
			if (shown.newSide().sessions() == 0 && shown.oldSide().sessions() == 0) {
				show(getTranslation("insight.versions.noneAtAll"));
			}
			else if (shown.newSide().sessions() == 0) {
				show(getTranslation("insight.versions.noneNew", Integer.toString(shown.newSide().version())));
			}
			else if (shown.oldSide().sessions() == 0) {
				show(getTranslation("insight.versions.noneOld", Integer.toString(shown.oldSide().version())));
			}
			else {
				tables.show(shown);
				empty.setVisible(false);
				tables.setVisible(true);
			}
		}
		catch (BusinessException e) {
			if (e.field().filter("to"::equals).isPresent()) {
				to.setErrorMessage(getTranslation(e.messageKey()));
				to.setInvalid(true);
			}
			else {
				Notifications.error(getTranslation(e.messageKey(), e.arguments()));
			}
		}
	}

	/** The words in place of the tables. */
	private void show(String words) {
		empty.setText(words);
		empty.setVisible(true);
		tables.setVisible(false);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("insight.versions.title") + " | " + getTranslation("app.name");
	}

}
