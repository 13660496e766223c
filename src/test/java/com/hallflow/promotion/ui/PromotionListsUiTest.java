package com.hallflow.promotion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.hallflow.support.Looks.column;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.hallflow.base.TranslationProvider;
import com.hallflow.base.ui.Dates;
import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.BranchPromotion;
import com.hallflow.promotion.PromotionFixtures;
import com.hallflow.promotion.Rollout;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.VasPackage;
import com.hallflow.security.StaffRole;
import com.hallflow.support.KaribuTest;
import com.hallflow.support.Looks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The promotion lists at 1366 px: names get the room, short figures stay narrow, an
 * open-ended period says so, an empty table says it is empty, dates read as 2026-11-27.
 */
class PromotionListsUiTest extends KaribuTest {

	@Autowired
	PromotionFixtures promotions;

	private PackagesView packages() {
		UI.getCurrent().navigate(PackagesView.class);
		return _get(PackagesView.class);
	}

	@Test
	void the_package_list_gives_the_name_the_room_says_all_statuses_and_names_an_open_end() {
		VasPackage pack = promotions.pack("列表宽度包", "5");
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		PackagesView view = packages();
		Grid.Column<VasPackage> name = column(view.grid, zh("promotion.package.name"));
		assertThat(name.isAutoWidth()).isTrue();
		assertThat(name.getFlexGrow()).isPositive();
		assertThat(name.getTooltipGenerator()).isNotNull();
		Grid.Column<VasPackage> validity = column(view.grid, zh("promotion.package.validity"));
		assertThat(validity.getFlexGrow()).as("the period keeps only the width it needs").isZero();
		int row = view.grid.getGenericDataView().getItems().map(VasPackage::id).toList().indexOf(pack.id());
		assertThat(GridKt._getFormatted(view.grid, row, validity.getKey())).isEqualTo(pack.validFrom() + " 起（长期）");
		assertThat(view.status.getItemLabelGenerator().apply(null)).isEqualTo("全部状态");
		assertThat(Looks.gapAround(view.status)).isEqualTo("var(--lumo-space-m)");

		_click(view.create);
		assertThat(Looks.dateFormat(view.dialog.validFrom.getI18n())).isEqualTo("yyyy-MM-dd");
		assertThat(Looks.dateFormat(view.dialog.validUntil.getI18n())).isEqualTo("yyyy-MM-dd");
		view.dialog.close();

		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		view = packages();
		validity = column(view.grid, "Validity");
		assertThat(GridKt._getFormatted(view.grid, row, validity.getKey()))
			.isEqualTo("from " + pack.validFrom() + " (no end)");
		assertThat(view.status.getItemLabelGenerator().apply(null)).isEqualTo("All statuses");
	}

	@Test
	void the_planner_keeps_priority_and_quota_narrow_and_its_window_dates_whole() {
		VasPackage pack = promotions.pack("规划宽度包", "5");
		promotions.rollout(pack, null, RolloutTarget.branch(fixtures.branch("规划宽度厅").id()));
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate(PlannerView.class);
		PlannerView view = _get(PlannerView.class);
		for (String narrow : List.of(zh("promotion.rollout.priority"), zh("promotion.planner.quota"))) {
			Grid.Column<Rollout> column = column(view.timeline, narrow);
			assertThat(column.isAutoWidth()).isTrue();
			assertThat(column.getFlexGrow()).as(narrow + " takes no spare room").isZero();
		}
		int bar = view.timeline.getColumns()
			.stream()
			.filter(c -> c.getHeaderComponent() != null)
			.findFirst()
			.orElseThrow()
			.getFlexGrow();
		assertThat(view.timeline.getColumnByKey("name").getFlexGrow()).isGreaterThan(bar);
		assertThat(view.timeline.getColumnByKey("package").getFlexGrow()).isGreaterThan(bar);
		assertThat(view.timeline.getColumnByKey("name").getTooltipGenerator()).isNotNull();

		Span window = _get(Span.class, spec -> spec.withId("timeline-window"));
		Span range = _get(window, Span.class, spec -> spec.withId("timeline-window-range"));
		assertThat(range.getStyle().get("white-space")).isEqualTo("nowrap");
		assertThat(range.getText()).matches("\\d{4}-\\d{2}-\\d{2} 至 \\d{4}-\\d{2}-\\d{2}");

		assertThat(Looks.dateFormat(view.previewAt.getDatePickerI18n())).isEqualTo("yyyy-MM-dd");
		assertThat(Looks.dateFormat(view.matrix.at.getDatePickerI18n())).isEqualTo("yyyy-MM-dd");
		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		UI.getCurrent().navigate(PlannerView.class);
		view = _get(PlannerView.class);
		assertThat(column(view.timeline, "Quota").getFlexGrow()).as("a short header keeps it narrow").isZero();
		_click(view.create);
		assertThat(Looks.dateFormat(view.dialog.end.getDatePickerI18n())).isEqualTo("yyyy-MM-dd");
		assertThat(Looks.dateFormat(view.dialog.stages.rows().get(0).start.getDatePickerI18n()))
			.isEqualTo("yyyy-MM-dd");
	}

	@Test
	void a_branch_manager_reads_an_open_end_in_words_and_an_empty_table_says_it_is_empty() {
		BranchSummary branch = fixtures.branch("推广列表厅");
		VasPackage pack = promotions.pack("本厅宽度包", "5");
		promotions.rollout(pack, 10, RolloutTarget.branch(branch.id()));
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate(BranchPromotionsView.class);
		BranchPromotionsView view = _get(BranchPromotionsView.class);
		assertThat(view.upcoming.getEmptyStateText()).isEqualTo("暂无即将开始的推广");
		assertThat(view.active.getEmptyStateText()).isEqualTo("暂无正在推广的业务");
		BranchPromotion running = view.active.getGenericDataView().getItems().findFirst().orElseThrow();
		Grid.Column<BranchPromotion> period = column(view.active, zh("promotion.branch.period"));
		assertThat(GridKt._getFormatted(view.active, 0, period.getKey()))
			.isEqualTo(Dates.format(running.from(), Locale.CHINESE) + " 起（长期）");

		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		UI.getCurrent().navigate(BranchPromotionsView.class);
		view = _get(BranchPromotionsView.class);
		Grid.Column<BranchPromotion> conversion = column(view.active, "Conv. rate");
		assertThat(conversion.getFlexGrow()).isZero();
		assertThat(column(view.active, "Quota").getFlexGrow()).isZero();
		assertThat(view.upcoming.getEmptyStateText()).isEqualTo("No promotions coming up");
		assertThat(GridKt._getFormatted(view.active, 0, column(view.active, "Period").getKey()))
			.isEqualTo("from " + Dates.format(running.from(), Locale.ENGLISH) + " (no end)");
	}

}
