package com.hallflow.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.hallflow.base.ui.CsvDownload;
import com.hallflow.base.ui.EChart;
import com.hallflow.base.ui.XlsxDownload;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.SessionEndRelay;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.flowexecution.ui.RecordsView;
import com.hallflow.insight.Figures;
import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.DeclineReason;
import com.hallflow.promotion.OfferAnswer;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.promotion.PromotionFixtures;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.VasPackage;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardUiTest extends KaribuTest {

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	SessionEndRelay endedSessions;

	@Autowired
	PromotionFixtures promotions;

	@Autowired
	Clock clock;

	BranchSummary branch;

	UserSummary clerk;

	@BeforeEach
	void threeCustomersServed() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		branch = fixtures.branch("看板厅");
		clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		signIn(clerk);
		for (int i = 0; i < 2; i++) {
			new Clerk(sessions)
				.finish(sessions.start(new StartSessionCommand("BILL_PAYMENT", false, "客户", Clerk.MOBILE, null)));
		}
		RunningSession left = sessions.start(StartSessionCommand.of("PASSWORD_RESET"));
		sessions.abandon(new Clerk(sessions).next(left).id(), "客户离开");
		endedSessions.relayPending();
	}

	private String shown(String id) {
		return _get(Span.class, spec -> spec.withId(id)).getText();
	}

	@Test
	void the_manager_sees_the_branch_and_the_filters_change_the_figures() {
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate(DashboardView.class);
		DashboardView view = _get(DashboardView.class);
		assertThat(shown("insight-total-sessions")).isEqualTo("3");
		assertThat(shown("insight-total-completion")).isEqualTo("66.7%");
		assertThat(view.tabs.byClerk.getGenericDataView().getItems().map(Figures::sessions).toList())
			.containsExactly(3L);
		assertThat(view.tabs.dropOff.getGenericDataView().getItems().toList()).singleElement()
			.satisfies(r -> assertThat(r.abandons()).isEqualTo(1));

		_setValue(view.flow, "BILL_PAYMENT");
		assertThat(shown("insight-total-sessions")).isEqualTo("2");
		assertThat(shown("insight-total-completion")).isEqualTo("100.0%");

		_setValue(view.from, view.to.getValue().plusDays(1));
		assertThat(view.to.isInvalid()).isTrue();
		assertThat(view.to.getErrorMessage()).isEqualTo(zh("insight.filter.dates"));
	}

	@Test
	void the_staff_table_downloads_as_csv_without_personal_numbers() {
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate(DashboardView.class);
		DashboardView view = _get(DashboardView.class);
		String csv = new String(CsvDownload.csv(view.tabs.byClerk.rows()), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + zh("insight.column.clerk") + "," + zh("insight.column.sessions"))
			.contains("测试员工,3,2,33.3%")
			.doesNotContain(Clerk.MOBILE)
			.doesNotContain("5678");
		assertThat(csv.lines().findFirst().orElseThrow())
			.endsWith(zh("insight.column.offered") + "," + zh("insight.column.accepted"));
	}

	@Test
	void the_staff_table_downloads_as_excel_with_the_same_cells_as_the_csv() throws Exception {
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate(DashboardView.class);
		DashboardView view = _get(DashboardView.class);
		List<List<String>> rows = view.tabs.byClerk.rows();
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(XlsxDownload.xlsx(zh("insight.tab.clerk"), rows)))) {
			DataFormatter cells = new DataFormatter();
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo(zh("insight.tab.clerk"));
			assertThat(sheet.getLastRowNum()).isEqualTo(rows.size() - 1);
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					assertThat(cells.formatCellValue(sheet.getRow(r).getCell(c))).as("row %d column %d", r, c)
						.isEqualTo(rows.get(r).get(c));
				}
			}
		}
	}

	@Test
	void the_offers_tab_shows_conversion_per_package_and_the_staff_table_the_offers_each_clerk_made() {
		VasPackage video = promotions.pack("看板视频会员", "15");
		promotions.rollout(video, null, RolloutTarget.branch(branch.id()));
		signIn(clerk);
		for (OfferOutcome outcome : List.of(OfferOutcome.ACCEPTED, OfferOutcome.DECLINED, OfferOutcome.NOT_OFFERED)) {
			new Clerk(sessions)
				.offers(PromotionFixtures.SIM_RECOMMEND.stepKey(),
						new OfferAnswer(video.id(), outcome,
								outcome == OfferOutcome.DECLINED ? DeclineReason.PRICE : null))
				.finish(sessions.start(StartSessionCommand.of(PromotionFixtures.SIM_RECOMMEND.flowKey())));
		}
		endedSessions.relayPending();
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate(DashboardView.class);
		DashboardView view = _get(DashboardView.class);
		assertThat(view.tabs.offers.getGenericDataView().getItems().toList()).singleElement().satisfies(o -> {
			assertThat(o.packageCode()).isEqualTo(video.code());
			assertThat(new long[] { o.offered(), o.accepted(), o.notOffered() }).containsExactly(2, 1, 1);
			assertThat(o.conversion()).isEqualTo(0.5);
		});
		List<String> clerkRow = view.tabs.byClerk.rows().get(1);
		assertThat(clerkRow.subList(clerkRow.size() - 2, clerkRow.size())).containsExactly("2", "1");

		// drill down: the clerk's records for the same dates
		view.openRecordsOf(view.tabs.byClerk.getGenericDataView().getItems().findFirst().orElseThrow());
		_get(RecordsView.class);
		assertThat(_get(TextField.class, spec -> spec.withId("records-clerk")).getValue()).isEqualTo("测试员工");
		assertThat(_get(DatePicker.class, spec -> spec.withId("records-from")).getValue())
			.isEqualTo(LocalDate.now(clock).minusDays(29));
		assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("records-grid")))).isEqualTo(6);

		_setValue(view.flow, "BILL_PAYMENT");
		assertThat(view.tabs.offers.getGenericDataView().getItems().toList()).as("the flow filter applies").isEmpty();
	}

	@Test
	void head_office_chooses_a_branch_to_see_its_staff() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate(DashboardView.class);
		DashboardView view = _get(DashboardView.class);
		assertThat(view.tabs.byClerk.getGenericDataView().getItems().count()).isZero();
		_setValue(view.branch, branch);
		assertThat(shown("insight-total-sessions")).isEqualTo("3");
		assertThat(view.tabs.byClerk.getGenericDataView().getItems().map(Figures::label).toList())
			.containsExactly("测试员工");
	}

	@Test
	void head_office_is_told_in_words_to_choose_a_branch_for_the_staff_tab_with_the_picker_next_to_the_words() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate(DashboardView.class);
		DashboardView view = _get(DashboardView.class);
		view.tabs.setSelectedIndex(3);
		assertThat(view.tabs.clerkHint.isVisible()).isTrue();
		assertThat(_get(view.tabs.clerkHint, Span.class, spec -> spec.withId("insight-clerk-hint-text")).getText())
			.isEqualTo(zh("insight.clerk.chooseBranch"));
		assertThat(view.clerkBranch.getParent()).contains(view.tabs.clerkHint);
		assertThat(view.tabs.clerkChart.isVisible()).as("no empty chart").isFalse();
		assertThat(view.tabs.byClerk.isVisible()).as("no empty table").isFalse();

		_setValue(view.clerkBranch, branch);
		assertThat(view.branch.getValue()).as("the filter on top follows").isEqualTo(branch);
		assertThat(view.tabs.clerkHint.isVisible()).isFalse();
		assertThat(view.tabs.clerkChart.isVisible()).isTrue();
		assertThat(view.tabs.byClerk.getGenericDataView().getItems().map(Figures::label).toList())
			.containsExactly("测试员工");

		_setValue(view.branch, null);
		assertThat(view.clerkBranch.getValue()).isNull();
		assertThat(view.tabs.clerkHint.isVisible()).isTrue();
	}

	@Test
	void a_manager_sees_the_staff_tab_without_the_hint() {
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate(DashboardView.class);
		DashboardView view = _get(DashboardView.class);
		assertThat(view.tabs.clerkHint.isVisible()).isFalse();
		assertThat(view.tabs.clerkChart.isVisible()).isTrue();
		assertThat(view.tabs.byClerk.isVisible()).isTrue();
	}

	@Test
	void every_chart_keeps_its_height_and_cuts_long_names_on_its_axis_with_an_ellipsis() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate(DashboardView.class);
		DashboardView view = _get(DashboardView.class);
		DashboardTabs tabs = view.tabs;
		for (EChart chart : List.of(tabs.flowChart, tabs.provinceChart, tabs.branchChart, tabs.clerkChart,
				tabs.offerChart, tabs.dayChart)) {
			assertThat(chart.getStyle().get("flex-shrink")).as("%s never shrinks", chart.getId().orElseThrow())
				.isEqualTo("0");
			assertThat(pixels(chart.getHeight())).as("%s height", chart.getId().orElseThrow())
				.isGreaterThanOrEqualTo(EChart.MIN_HEIGHT);
		}
		assertThat(view.getHeight()).as("the page grows with the tab and scrolls").isNull();
		int flows = tabs.byFlow.getGenericDataView().getItems().mapToInt(f -> 1).sum();
		assertThat(pixels(tabs.flowChart.getHeight())).isEqualTo(Math.max(EChart.MIN_HEIGHT, 60 + flows * 24));
		assertThat(tabs.byFlow.isAllRowsVisible()).as("a short table shown whole under its chart").isTrue();

		Map<?, ?> axis = (Map<?, ?>) tabs.flowChart.getOption().get("yAxis");
		assertThat(axis.get("axisLabel")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("interval", 0)
			.containsEntry("overflow", "truncate")
			.containsEntry("ellipsis", "…")
			.containsEntry("width", EChart.LABEL_WIDTH);
		assertThat(axis.get("data")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("缴费");
		assertThat(tabs.flowChart.getOption().get("tooltip")).as("the full name on hover")
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("trigger", "axis");

		assertThat(EChart.barsHeight(20, 3)).as("twenty clerks with three bars each").isEqualTo("700px");
		_setValue(view.branch, branch);
		assertThat(tabs.clerkChart.getHeight())
			.isEqualTo(EChart.barsHeight((int) tabs.byClerk.getGenericDataView().getItems().count(), 3));
	}

	private static int pixels(String height) {
		assertThat(height).endsWith("px");
		return Integer.parseInt(height.substring(0, height.length() - 2));
	}

}
