package com.hallflow.promotion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.promotion.PackageReach;
import com.hallflow.promotion.PackageService;
import com.hallflow.promotion.PromotionFixtures;
import com.hallflow.promotion.Rollout;
import com.hallflow.promotion.RolloutCommand;
import com.hallflow.promotion.RolloutService;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.VasPackage;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlannerUiTest extends KaribuTest {

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	PromotionFixtures promotions;

	@Autowired
	PackageService packages;

	@Autowired
	RolloutService rollouts;

	@Autowired
	Clock clock;

	RegionNode province;

	RegionNode city;

	BranchSummary pilot;

	BranchSummary other;

	@BeforeEach
	void organisation() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		province = fixtures.province("规划省");
		city = fixtures.city(province, "规划市");
		pilot = fixtures.branch(city, "规划试点厅");
		other = fixtures.branch(fixtures.city(province, "规划另一市"), "规划其他厅");
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
	}

	PlannerView planner() {
		UI.getCurrent().navigate(PlannerView.class);
		return _get(PlannerView.class);
	}

	@Test
	void the_preview_shows_exactly_what_a_branch_would_see_at_each_promotion_step() {
		VasPackage pack = promotions.pack("云盘 50G", "8");
		promotions.rollout(pack, null, RolloutTarget.branch(pilot.id()));
		PlannerView view = planner();
		view.tabs.setSelectedIndex(2);

		_setValue(view.previewBranch, pilot);
		_setValue(view.previewAt, LocalDateTime.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE));
		_click(_get(Button.class, spec -> spec.withId("preview-show")));
		String shown = _get(view.preview, Div.class, spec -> spec.withId("preview-SIM_REPLACEMENT-recommend"))
			.getElement()
			.toString();
		assertThat(shown).contains("云盘 50G").contains("¥8.00/月").contains("推荐您办理云盘 50G");

		_setValue(view.previewBranch, other);
		_click(_get(Button.class, spec -> spec.withId("preview-show")));
		assertThat(_get(view.preview, Div.class, spec -> spec.withId("preview-SIM_REPLACEMENT-recommend")).getElement()
			.toString()).contains(zh("promotion.planner.noOffers")).doesNotContain("云盘 50G");

		// a day before the rollout started, the pilot branch saw nothing either
		_setValue(view.previewBranch, pilot);
		_setValue(view.previewAt,
				LocalDateTime.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE).minusDays(1));
		_click(_get(Button.class, spec -> spec.withId("preview-show")));
		assertThat(view.preview.getElement().toString()).doesNotContain("云盘 50G");
	}

	@Test
	void the_matrix_counts_the_branches_that_are_offered_a_package_leaving_out_exclusions_and_paused_rollouts() {
		VasPackage pack = promotions.pack("矩阵包", "4");
		rollouts.save(
				new RolloutCommand(null, null, pack.id(), "全省除试点厅", 1, null, null,
						List.of(new Stage(clock.instant().minus(Duration.ofHours(1)),
								List.of(RolloutTarget.region(province.id())))),
						List.of(RolloutTarget.branch(pilot.id()))));
		Rollout paused = promotions.rollout(promotions.pack("暂停的包", "4"), null, RolloutTarget.region(province.id()));
		rollouts.setPaused(paused.id(), paused.lockVersion(), true);
		PlannerView view = planner();
		view.tabs.setSelectedIndex(1);

		List<PackageReach> rows = view.matrix.grid.getGenericDataView().getItems().toList();
		assertThat(rows).extracting(PackageReach::packageCode)
			.contains(pack.code())
			.doesNotContain(paused.packageCode());
		int row = rows.stream().map(PackageReach::packageCode).toList().indexOf(pack.code());
		assertThat(GridKt._getFormatted(view.matrix.grid, row, "province-" + province.id()))
			.isEqualTo(zh("promotion.matrix.branches", 1, 2));

		_setValue(view.matrix.at,
				LocalDateTime.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE).minusDays(1));
		assertThat(view.matrix.grid.getGenericDataView().getItems().map(PackageReach::packageCode))
			.as("the day before the rollout started")
			.doesNotContain(pack.code());
	}

	@Test
	void overlapping_rollouts_of_one_package_are_flagged_on_the_timeline() {
		VasPackage pack = promotions.pack("冲突包", "3");
		Rollout first = promotions.rollout(pack, null, RolloutTarget.region(city.id()));
		Rollout second = promotions.rollout(pack, 5, RolloutTarget.branch(pilot.id()));
		Rollout apart = promotions.rollout(promotions.pack("无冲突包", "3"), null, RolloutTarget.branch(pilot.id()));
		PlannerView view = planner();

		List<Rollout> shown = view.timeline.getGenericDataView().getItems().toList();
		assertThat(stateCell(view, shown, first).getElement().toString()).contains(zh("promotion.planner.conflict"))
			.contains(second.name());
		assertThat(stateCell(view, shown, second).getElement().toString()).contains(zh("promotion.planner.conflict"));
		assertThat(stateCell(view, shown, apart).getElement().toString())
			.doesNotContain(zh("promotion.planner.conflict"));
	}

	@Test
	void each_row_keeps_its_actions_in_a_menu_at_the_grids_end_that_pauses_resumes_and_edits() {
		Rollout rollout = promotions.rollout(promotions.pack("菜单包", "3"), null, RolloutTarget.branch(pilot.id()));
		PlannerView view = planner();
		assertThat(view.timeline.getColumnByKey("actions").getElement().getProperty("frozenToEnd", false))
			.as("in reach however wide the other columns are")
			.isTrue();

		ContextMenuKt._clickItemWithCaption(actions(view, rollout), zh("promotion.rollout.pause"));
		assertThat(rollouts.all()).filteredOn(r -> r.id() == rollout.id())
			.singleElement()
			.satisfies(r -> assertThat(r.paused()).isTrue());

		MenuBar menu = actions(view, rollout);
		assertThat(menu.getItems().get(0).getAriaLabel()).contains(zh("promotion.planner.actions", rollout.name()));
		assertThat(menu.getItems().get(0).getSubMenu().getItems()).extracting(MenuItem::getText)
			.containsExactly(zh("promotion.rollout.resume"), zh("promotion.planner.edit"));
		ContextMenuKt._clickItemWithCaption(menu, zh("promotion.rollout.resume"));
		assertThat(rollouts.all()).filteredOn(r -> r.id() == rollout.id())
			.singleElement()
			.satisfies(r -> assertThat(r.paused()).isFalse());

		ContextMenuKt._clickItemWithCaption(actions(view, rollout), zh("promotion.planner.edit"));
		assertThat(view.dialog.isOpened()).isTrue();
		assertThat(view.dialog.name.getValue()).isEqualTo(rollout.name());
	}

	private static MenuBar actions(PlannerView view, Rollout rollout) {
		List<Rollout> shown = view.timeline.getGenericDataView().getItems().toList();
		int row = shown.stream().map(Rollout::id).toList().indexOf(rollout.id());
		return (MenuBar) GridKt._getCellComponent(view.timeline, row, "actions");
	}

	@Test
	void the_timeline_says_in_words_what_each_colour_of_its_bars_means() {
		PlannerView view = planner();
		TimelineLegend legend = _get(view, TimelineLegend.class);
		assertThat(List.of("stage-0", "stage-1", "stage-later", "paused", "today"))
			.extracting(name -> _get(legend, Span.class, spec -> spec.withId("timeline-legend-" + name)).getText())
			.containsExactly(zh("promotion.planner.legend.stage", 1), zh("promotion.planner.legend.stage", 2),
					zh("promotion.planner.legend.later", 3), zh("promotion.planner.legend.paused"),
					zh("promotion.planner.legend.today"));
		// the samples are drawn as the bars are
		assertThat(TimelineLegend.segment(5, false).getClassNames()).containsExactlyInAnyOrder("timeline-segment",
				"stage-" + TimelineLegend.LATER_STAGES);
		assertThat(TimelineLegend.segment(1, true).getClassNames()).contains("paused");
	}

	@Test
	void long_names_are_readable_in_full_in_tooltips() {
		VasPackage pack = promotions.pack("一个名字很长很长的增值业务套餐，剧集会员加赠云盘与彩铃", "3");
		Rollout rollout = promotions.rollout(pack, null, RolloutTarget.branch(pilot.id()));
		PlannerView view = planner();
		assertThat(view.timeline.getColumnByKey("name").getTooltipGenerator().apply(rollout)).isEqualTo(rollout.name());
		assertThat(view.timeline.getColumnByKey("package").getTooltipGenerator().apply(rollout))
			.isEqualTo(pack.code() + " " + pack.name());

		view.tabs.setSelectedIndex(2);
		_setValue(view.previewBranch, pilot);
		assertThat(view.previewBranch.getTooltip().getText()).isEqualTo(pilot.label());
		assertThat(view.previewBranch.getWidth()).isEqualTo("24rem");

		_click(view.create);
		MultiSelectComboBox<BranchSummary> picker = view.dialog.stages.rows().get(0).branchPicker;
		picker.setValue(Set.of(pilot));
		assertThat(picker.getTooltip().getText()).isEqualTo(pilot.label());
		assertThat(picker.getAutoExpand()).as("chips wrap instead of folding into a count")
			.isEqualTo(MultiSelectComboBox.AutoExpandMode.VERTICAL);
	}

	private static Component stateCell(PlannerView view, List<Rollout> shown, Rollout rollout) {
		int row = shown.stream().map(Rollout::id).toList().indexOf(rollout.id());
		return GridKt._getCellComponent(view.timeline, row, "state");
	}

	@Test
	void a_rollout_created_in_the_editor_reaches_the_chosen_branch() {
		VasPackage pack = promotions.pack("编辑器包", "6");
		PlannerView view = planner();
		_click(view.create);
		RolloutDialog dialog = view.dialog;
		_setValue(dialog.pack, packages.all().stream().filter(p -> p.id() == pack.id()).findFirst().orElseThrow());
		_setValue(dialog.name, "试点厅先行");
		dialog.stages.rows().get(0).branchPicker.setValue(Set.of(pilot));
		_click(dialog.save);

		assertThat(rollouts.all()).filteredOn(r -> r.name().equals("试点厅先行"))
			.singleElement()
			.satisfies(r -> assertThat(r.stages().get(0).targets()).containsExactly(RolloutTarget.branch(pilot.id())));
	}

	@Test
	void a_rollout_without_a_target_is_refused_next_to_the_stages_and_nothing_is_saved() {
		VasPackage pack = promotions.pack("空范围包", "6");
		PlannerView view = planner();
		_click(view.create);
		RolloutDialog dialog = view.dialog;
		_setValue(dialog.pack, packages.all().stream().filter(p -> p.id() == pack.id()).findFirst().orElseThrow());
		_setValue(dialog.name, "没有范围");
		_click(dialog.save);

		assertThat(_get(dialog, Span.class, spec -> spec.withId("rollout-stage-error")).getText())
			.isEqualTo(zh("promotion.rollout.stage.targets.required", 1));
		assertThat(rollouts.all()).noneMatch(r -> r.name().equals("没有范围"));
	}

	@Test
	void a_branch_manager_sees_what_runs_at_the_branch_now_and_what_comes() {
		VasPackage now = promotions.pack("正在推广包", "9");
		promotions.rollout(now, 20, RolloutTarget.branch(pilot.id()));
		VasPackage later = promotions.pack("下月推广包", "9");
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		rollouts.save(new RolloutCommand(null, null, later.id(), "下月开始", 1, null, null,
				List.of(new Stage(clock.instant().plus(Duration.ofDays(20)), List.of(RolloutTarget.region(city.id())))),
				List.of()));
		promotions.rollout(promotions.pack("别厅的包", "9"), null, RolloutTarget.branch(other.id()));

		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, pilot.id()));
		UI.getCurrent().navigate(BranchPromotionsView.class);
		BranchPromotionsView view = _get(BranchPromotionsView.class);
		assertThat(view.active.getGenericDataView().getItems().map(p -> p.packageName()).toList())
			.containsExactly("正在推广包");
		assertThat(view.active.getGenericDataView().getItems().findFirst().orElseThrow().quota()).isEqualTo(20);
		assertThat(view.upcoming.getGenericDataView().getItems().map(p -> p.packageName()).toList())
			.containsExactly("下月推广包");
	}

	@Test
	void a_bad_price_is_shown_at_the_field_and_nothing_is_saved() {
		UI.getCurrent().navigate(PackagesView.class);
		PackagesView view = _get(PackagesView.class);
		_click(view.create);
		PackagesView.PackageDialog dialog = view.dialog;
		_setValue(dialog.code, "BADPRICE-1");
		_setValue(dialog.name, "价格错误");
		_setValue(dialog.price, new BigDecimal("1.005"));
		_setValue(dialog.pitch, "话术");
		_click(dialog.save);

		assertThat(dialog.price.isInvalid()).isTrue();
		assertThat(dialog.price.getErrorMessage()).isEqualTo(zh("promotion.package.price.range"));
		assertThat(packages.all()).noneMatch(p -> p.code().equals("BADPRICE-1"));
	}

}
