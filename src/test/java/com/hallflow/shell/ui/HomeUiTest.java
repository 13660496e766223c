package com.hallflow.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionEndRelay;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.flowexecution.ui.CounterView;
import com.hallflow.insight.DashboardFilter;
import com.hallflow.insight.DashboardService;
import com.hallflow.insight.Figures;
import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.OfferAnswer;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.promotion.PromotionFixtures;
import com.hallflow.promotion.Rollout;
import com.hallflow.promotion.RolloutCommand;
import com.hallflow.promotion.RolloutService;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.VasPackage;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.hallflow.support.TestClock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each role's home page shows the figures of what the test itself did at the counter and
 * in head office, and leads where that role works.
 */
class HomeUiTest extends KaribuTest {

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	SessionEndRelay endedSessions;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	PromotionFixtures promotions;

	@Autowired
	RolloutService rollouts;

	@Autowired
	FlowDesignService designs;

	@Autowired
	DashboardService dashboards;

	@Autowired
	TestClock clock;

	BranchSummary branch;

	UserSummary clerk;

	/** How far a test moved the shared clock; put back afterwards. */
	private Duration advanced = Duration.ZERO;

	@BeforeEach
	void aBranchWithAClerk() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		branch = fixtures.branch("首页测试厅");
		clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
	}

	@AfterEach
	void putTheClockBack() {
		clock.advance(advanced.negated());
	}

	private static String shown(String id) {
		return _get(Span.class, s -> s.withId(id)).getText();
	}

	private static String said(String id) {
		return _get(Paragraph.class, s -> s.withId(id)).getText();
	}

	private static String listed(String id) {
		return _get(UnorderedList.class, s -> s.withId(id)).getElement().getTextRecursively();
	}

	private RunningSession completeBillPayment() {
		return new Clerk(sessions)
			.finish(sessions.start(new StartSessionCommand("BILL_PAYMENT", false, "客户", Clerk.MOBILE, null)));
	}

	private void abandonPasswordReset() {
		sessions.abandon(new Clerk(sessions).next(sessions.start(StartSessionCommand.of("PASSWORD_RESET"))).id(),
				"客户离开");
	}

	@Test
	void a_clerk_who_has_done_nothing_yet_is_told_so_in_words() {
		signIn(clerk);
		UI.getCurrent().navigate("");

		assertThat(said("home-my-none")).isEqualTo("今天还没有办结的业务");
		assertThat(said("home-unfinished-none")).isEqualTo(zh("shell.home.clerk.noneUnfinished"));
		assertThat(_find(Span.class, s -> s.withId("home-my-completed"))).isEmpty();
	}

	@Test
	void a_clerk_sees_their_own_day_and_continues_an_unfinished_session_from_home() {
		signIn(clerk);
		completeBillPayment();
		abandonPasswordReset();
		RunningSession unfinished = new Clerk(sessions).next(sessions.start(StartSessionCommand.of("PASSWORD_RESET")));
		// a colleague's work is not the clerk's
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, branch.id()));
		completeBillPayment();
		endedSessions.relayPending();

		signIn(clerk);
		UI.getCurrent().navigate("");

		assertThat(shown("home-my-sessions")).isEqualTo("2");
		assertThat(shown("home-my-completed")).isEqualTo("1");
		assertThat(shown("home-my-abandoned")).isEqualTo("1");
		assertThat(shown("home-my-average")).matches("\\d+ 分 \\d\\d 秒");
		assertThat(_get(Anchor.class, s -> s.withId("home-resume-" + unfinished.id())).getHref())
			.isEqualTo("sessions/" + unfinished.id());
		assertThat(listed("home-unfinished")).contains(unfinished.flowName()).contains(zh("shell.home.clerk.resume"));
	}

	@Test
	void the_clerks_big_button_leads_to_the_counter() {
		signIn(clerk);
		UI.getCurrent().navigate("");

		Button counter = _get(Button.class, s -> s.withId("home-counter"));
		assertThat(counter.getText()).isEqualTo(zh("shell.home.toCounter"));
		_click(counter);

		assertThat(_find(CounterView.class)).hasSize(1);
		assertThat(_find(HomeView.class)).isEmpty();
	}

	@Test
	void a_manager_sees_todays_branch_figures_and_the_promotions_running_there() {
		VasPackage video = promotions.pack("首页视频会员", "15");
		promotions.rollout(video, null, RolloutTarget.branch(branch.id()));
		signIn(clerk);
		completeBillPayment();
		completeBillPayment();
		abandonPasswordReset();
		new Clerk(sessions)
			.offers(PromotionFixtures.SIM_RECOMMEND.stepKey(), new OfferAnswer(video.id(), OfferOutcome.ACCEPTED, null))
			.finish(sessions.start(StartSessionCommand.of(PromotionFixtures.SIM_RECOMMEND.flowKey())));
		endedSessions.relayPending();

		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate("");

		assertThat(shown("home-branch-sessions")).isEqualTo("4");
		assertThat(shown("home-branch-completed")).isEqualTo("3");
		assertThat(shown("home-branch-abandoned")).isEqualTo("1");
		assertThat(shown("home-branch-offered")).isEqualTo("1");
		assertThat(shown("home-branch-accepted")).isEqualTo("1");
		assertThat(listed("home-promotions")).contains("首页视频会员");
		assertThat(_get(Anchor.class, s -> s.withId("home-link-quality")).getHref()).isEqualTo("insight");
		assertThat(_get(Anchor.class, s -> s.withId("home-link-records")).getHref()).isEqualTo("records");
	}

	@Test
	void a_manager_of_a_quiet_branch_is_told_nothing_has_ended_today() {
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate("");

		assertThat(said("home-branch-none")).isEqualTo(zh("shell.home.manager.none"));
		assertThat(said("home-promotions-none")).isEqualTo(zh("shell.home.manager.noPromotions"));
	}

	@Test
	void head_office_sees_drafts_scheduled_versions_and_rollouts_that_need_attention() {
		String draftKey = Fixtures.unique("HOME_DRAFT_");
		String scheduledKey = Fixtures.unique("HOME_LATER_");
		Instant inThreeDays = clock.instant().plus(Duration.ofDays(3));
		VasPackage pack = promotions.pack("首页阶段套餐", "9");
		FlowDocument scheduled = flow(scheduledKey).step("greet").step("farewell").build();
		Rollout staged = SystemAuthentication.callAsSystem(() -> {
			designs.create(new NewFlowCommand(draftKey, "首页草稿流程", null));
			Draft later = designs.create(new NewFlowCommand(scheduledKey, "首页定时流程", null));
			Draft saved = designs.saveDraft(scheduledKey, later.lockVersion(), scheduled);
			designs.publish(scheduledKey, saved.lockVersion(), "三天后生效", inThreeDays);
			Rollout made = rollouts.save(new RolloutCommand(null, null, pack.id(), "首页分阶段推广", 1, null, null,
					List.of(new Stage(clock.instant().minus(Duration.ofHours(1)),
							List.of(RolloutTarget.branch(branch.id()))),
							// a second branch of its own: a network stage would reach
							// every
							// other test's branches
							new Stage(clock.instant().plus(Duration.ofDays(2)),
									List.of(RolloutTarget.branch(fixtures.branch("首页第二厅").id())))),
					List.of()));
			return rollouts.setPaused(made.id(), made.lockVersion(), true);
		});

		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate("");

		assertThat(listed("home-drafts")).contains("首页草稿流程");
		assertThat(_get(Anchor.class, s -> s.withId("home-draft-" + draftKey)).getHref())
			.isEqualTo("flows/" + draftKey);
		assertThat(_find(Anchor.class, s -> s.withId("home-draft-" + scheduledKey))).isEmpty();
		assertThat(_get(Anchor.class, s -> s.withId("home-scheduled-" + scheduledKey + "-1")).getHref())
			.isEqualTo("flows/" + scheduledKey + "/versions");
		assertThat(listed("home-scheduled")).contains(scheduled.name());
		assertThat(_get(Anchor.class, s -> s.withId("home-stage-" + staged.id() + "-2")).getHref())
			.isEqualTo("promotions/planner");
		assertThat(_find(Anchor.class, s -> s.withId("home-stage-" + staged.id() + "-1"))).isEmpty();
		assertThat(listed("home-stages")).contains("首页分阶段推广").contains("首页阶段套餐");
		assertThat(_get(Anchor.class, s -> s.withId("home-paused-" + staged.id())).getHref())
			.isEqualTo("promotions/planner");
	}

	@Test
	void head_office_sees_yesterdays_figures_over_the_network() {
		endedSessions.relayPending();
		LocalDate day = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		Figures before = SystemAuthentication
			.callAsSystem(() -> dashboards.total(new DashboardFilter(day, day, null, null, null)));
		signIn(clerk);
		completeBillPayment();
		abandonPasswordReset();
		endedSessions.relayPending();
		assumeTrue(LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE).equals(day),
				"the sessions ended on the day the figures were first read (not across midnight)");
		// the next day at noon: the sessions are yesterday's
		advanced = Duration.between(clock.instant(),
				day.plusDays(1).atTime(LocalTime.NOON).atZone(ClockConfiguration.BUSINESS_ZONE).toInstant());
		clock.advance(advanced);

		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate("");

		assertThat(shown("home-network-completed")).isEqualTo(Long.toString(before.completed() + 1));
		assertThat(shown("home-network-abandoned")).isEqualTo(Long.toString(before.abandoned() + 1));
		assertThat(shown("home-network-sessions")).isEqualTo(Long.toString(before.sessions() + 2));
	}

	@Test
	void where_one_works_and_the_role_are_one_line_under_the_greeting() {
		signIn(clerk);
		UI.getCurrent().navigate("");

		Div who = _get(Div.class, s -> s.withId("home-who"));
		assertThat(who.getChildren()).extracting(c -> c.getId().orElse("")).containsExactly("home-branch", "home-role");
		assertThat(shown("home-branch")).isEqualTo(zh("shell.home.branch", "首页测试厅", branch.code()));
		assertThat(shown("home-role")).isEqualTo(zh("shell.home.role", "营业员"));
		assertThat(_find(Paragraph.class, s -> s.withText(zh("shell.home.role", "营业员")))).isEmpty();
	}

	@Test
	void the_counter_button_is_the_same_size_on_the_clerks_and_the_managers_home() {
		signIn(clerk);
		UI.getCurrent().navigate("");
		String clerks = _get(Button.class, s -> s.withId("home-counter")).getThemeName();

		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate("counter");
		UI.getCurrent().navigate("");
		Button managers = _get(Button.class, s -> s.withId("home-counter"));

		assertThat(managers.getThemeName()).isEqualTo(clerks).contains("primary").contains("large");
	}

	@Test
	void the_managers_links_stand_under_a_shortcuts_heading_with_their_menu_icons() {
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate("");

		Div shortcuts = _get(Div.class, s -> s.withId("home-shortcuts"));
		assertThat(_get(shortcuts, H4.class).getText()).isEqualTo("快捷入口");
		assertThat(_find(shortcuts, Anchor.class)).extracting(Anchor::getHref)
			.containsExactly("insight", "records", "promotions/branch");
		assertThat(_find(shortcuts, Anchor.class)).allSatisfy(a -> assertThat(_find(a, Icon.class)).hasSize(1));
	}

	@Test
	void head_office_sees_yesterdays_figures_before_what_needs_attention() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate("");

		List<String> headings = _find(_get(HeadOfficeHome.class), H3.class).stream().map(H3::getText).toList();
		assertThat(headings).hasSize(2);
		assertThat(headings.get(0)).startsWith("昨日全网");
		assertThat(headings.get(1)).isEqualTo(zh("shell.home.hq.attention"));
	}

	@Test
	void head_office_with_nothing_to_attend_to_reads_one_line_not_four_empty_sections() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		DashboardService noFigures = mock(DashboardService.class);
		when(noFigures.total(any())).thenReturn(new Figures("", "", 0, 0, 0, 0, 0, 0, null));

		HeadOfficeHome home = new HeadOfficeHome(mock(FlowDesignService.class), mock(PublishedFlowService.class),
				mock(RolloutService.class), noFigures, clock);

		assertThat(_get(home, Paragraph.class, s -> s.withId("home-attention-none")).getText()).isEqualTo("暂无需要关注的事项");
		assertThat(_find(home, H4.class)).extracting(H4::getText).containsExactly(zh("shell.home.shortcuts"));
		assertThat(_find(home, UnorderedList.class)).isEmpty();
	}

	@Test
	void head_office_sees_only_the_kinds_of_attention_that_have_something() {
		String draftKey = Fixtures.unique("HOME_ONLY_");
		SystemAuthentication.callAsSystem(() -> designs.create(new NewFlowCommand(draftKey, "只有草稿的流程", null)));
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		DashboardService noFigures = mock(DashboardService.class);
		when(noFigures.total(any())).thenReturn(new Figures("", "", 0, 0, 0, 0, 0, 0, null));

		HeadOfficeHome home = new HeadOfficeHome(designs, mock(PublishedFlowService.class), mock(RolloutService.class),
				noFigures, clock);

		assertThat(_find(home, H4.class)).extracting(H4::getText)
			.containsExactly(zh("shell.home.shortcuts"), zh("shell.home.hq.drafts"));
		assertThat(_get(home, UnorderedList.class, s -> s.withId("home-drafts")).getElement().getTextRecursively())
			.contains("只有草稿的流程");
		assertThat(_find(home, Paragraph.class, s -> s.withId("home-attention-none"))).isEmpty();
	}

	@Test
	void the_english_home_resumes_as_the_counter_does_and_capitalises_head_office_as_the_header() {
		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		signIn(clerk);
		RunningSession unfinished = new Clerk(sessions).next(sessions.start(StartSessionCommand.of("PASSWORD_RESET")));
		UI.getCurrent().navigate("");
		assertThat(_get(Anchor.class, s -> s.withId("home-resume-" + unfinished.id())).getText()).isEqualTo("Resume")
			.isEqualTo(en("flowexecution.counter.resume"));

		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate("audit");
		UI.getCurrent().navigate("");
		assertThat(shown("home-branch")).endsWith(shown("current-user-branch")).isEqualTo("You work at: Head office");
	}

	@Test
	void the_chinese_homes_say_completed_in_one_word() {
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, fixtures.branch("安静的厅").id()));
		UI.getCurrent().navigate("");

		assertThat(said("home-branch-none")).isEqualTo("本厅今天还没有办结的业务");
		assertThat(zh("shell.home.hq.noYesterday")).contains("办结").doesNotContain("结束");
	}

}
