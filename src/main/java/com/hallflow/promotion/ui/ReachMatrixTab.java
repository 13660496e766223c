package com.hallflow.promotion.ui;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.Dates;
import com.hallflow.organization.RegionNode;
import com.hallflow.promotion.PackageReach;
import com.hallflow.promotion.PlannerService;
import com.hallflow.promotion.ProvinceReach;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The planner's packages × provinces matrix as of a chosen time: per province, whether
 * every open branch, some of them (how many) or none offers the package then, as
 * {@link PlannerService#reach} reads it from the offer index.
 */
class ReachMatrixTab extends VerticalLayout {

	final DateTimePicker at = new DateTimePicker();

	final Grid<PackageReach> grid = new Grid<>(PackageReach.class, false);

	private final PlannerService planner;

	private final Clock clock;

	ReachMatrixTab(PlannerService planner, List<RegionNode> provinces, Clock clock) {
		this.planner = planner;
		this.clock = clock;
		at.setId("matrix-at");
		at.setLabel(getTranslation("promotion.planner.asOf"));
		Dates.picker(at, getLocale());
		at.setValue(LocalDateTime.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE));
		at.addValueChangeListener(e -> refresh());
		grid.setId("rollout-matrix");
		grid.addColumn(r -> r.packageCode() + " " + r.packageName())
			.setHeader(getTranslation("promotion.rollout.package"))
			.setAutoWidth(true)
			.setFrozen(true);
		for (RegionNode province : provinces) {
			grid.addColumn(r -> cell(r.in(province.id())))
				.setHeader(province.name())
				.setKey("province-" + province.id())
				.setAutoWidth(true);
		}
		add(at, grid);
		setPadding(false);
		setSizeFull();
		expand(grid);
	}

	void refresh() {
		grid.setItems(planner.reach(at.getValue() == null ? clock.instant() : RolloutDialog.at(at.getValue())));
	}

	private String cell(ProvinceReach reach) {
		return switch (reach.coverage()) {
			case ALL -> getTranslation("promotion.matrix.whole");
			case SOME -> getTranslation("promotion.matrix.branches", reach.reached(), reach.branches());
			case NONE -> "";
		};
	}

}
