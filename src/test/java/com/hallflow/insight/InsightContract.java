package com.hallflow.insight;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.SessionEndRelay;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.flowexecution.SessionRecord;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.flowexecution.StepSubmission;
import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.DeclineReason;
import com.hallflow.promotion.OfferAnswer;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.promotion.PromotionFixtures;
import com.hallflow.promotion.RecordedOffer;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.VasPackage;
import com.hallflow.organization.RegionNode;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboards' figures on every database the application supports (H2 and MariaDB
 * subclasses): random sessions are served, abandoned and rushed through optional
 * checklist items, and every figure read from the rollups must equal the same figure
 * computed from the raw session records.
 */
abstract class InsightContract {

	@Autowired
	DashboardService dashboards;

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	SessionRecordService sessionRecords;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	FlowDesignService designs;

	@Autowired
	PublishedFlowService published;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	SessionEndRelay endedSessions;

	@Autowired
	PromotionFixtures promotions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	RegionNode province;

	BranchSummary branch;

	BranchSummary other;

	List<UserSummary> clerks = new ArrayList<>();

	UserSummary manager;

	UserSummary admin;

	String checkFlow;

	/** Where each abandoned session stood, as the clerk saw it. */
	final Map<String, String> abandonedAt = new HashMap<>();

	@BeforeEach
	void organisation() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		province = fixtures.province("考核省");
		branch = fixtures.branch(fixtures.city(province, "考核市"), "考核厅");
		other = fixtures.branch(fixtures.city(province, "考核另一市"), "考核另一厅");
		clerks.add(fixtures.user(StaffRole.BRANCH_STAFF, branch.id()));
		clerks.add(fixtures.user(StaffRole.BRANCH_STAFF, branch.id()));
		clerks.add(fixtures.user(StaffRole.BRANCH_STAFF, other.id()));
		manager = fixtures.user(StaffRole.BRANCH_MANAGER, branch.id());
		admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		checkFlow = publishFlowWithOptionalItems();
	}

	/**
	 * How far this test moved the shared clock; put back afterwards, as other tests read
	 * it too.
	 */
	private Duration advanced = Duration.ZERO;

	@AfterEach
	void signOut() {
		Fixtures.signOut();
		clock.advance(advanced.negated());
	}

	/**
	 * A three-step flow whose middle step has an optional item ("复印身份证件") next to a
	 * mandatory one.
	 */
	private String publishFlowWithOptionalItems() {
		String key = Fixtures.unique("CHECK_").toUpperCase();
		SystemAuthentication.runAsSystem(() -> {
			Draft draft = designs.create(new NewFlowCommand(key, "核查流程", null));
			StepDefinition check = StepDefinition.of("check", "核对证件", "请核对证件")
				.withChecklist(List.of(new ChecklistItem("核对证件真实有效", true), new ChecklistItem("复印身份证件", false)));
			Draft saved = designs.saveDraft(key, draft.lockVersion(),
					flow(key).step("greet").step(check).step("farewell").build());
			designs.publish(key, saved.lockVersion(), "发布", null);
		});
		return key;
	}

	@Test
	void figures_from_the_rollups_equal_the_figures_from_the_raw_records() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		Random random = new Random(20261127);
		List<String> ids = new ArrayList<>();
		List<String> flows = List.of("BILL_PAYMENT", "PASSWORD_RESET", checkFlow);
		for (int i = 0; i < 24; i++) {
			UserSummary clerk = clerks.get(random.nextInt(clerks.size()));
			Fixtures.signIn(clerk);
			ids.add(serve(flows.get(random.nextInt(flows.size())), random, i % 5 == 4));
		}
		// practice is never counted
		Fixtures.signIn(clerks.get(0));
		new Clerk(sessions).finish(sessions.start(new StartSessionCommand("BILL_PAYMENT", true, null, null, null)));
		endedSessions.relayPending();
		// the counter work moved the clock on by hours: late in the day it runs past
		// midnight
		LocalDate lastDay = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);

		Map<String, long[]> rawByFlow = new HashMap<>();
		Map<String, long[]> rawByClerk = new HashMap<>();
		Map<String, Long> rawSkipped = new HashMap<>();
		Map<String, Long> rawAbandons = new HashMap<>();
		Fixtures.signIn(admin);
		for (String id : ids) {
			SessionRecord record = sessionRecords.record(id);
			var s = record.summary();
			boolean completed = s.status() == SessionStatus.ENDED;
			long handle = completed ? Duration.between(s.startedAt(), s.endedAt()).toMillis() : 0;
			Integer target = published.current(s.flowKey()).orElseThrow().document().targetMinutes();
			boolean over = completed && target != null && handle > target * 60_000L;
			List<String> skipped = skippedOf(record);
			for (String item : skipped) {
				rawSkipped.merge(s.clerkName() + "|" + item, 1L, Long::sum);
			}
			if (!completed) {
				rawAbandons.merge(s.flowKey() + "|" + abandonedAt.get(id), 1L, Long::sum);
			}
			long[] row = { 1, completed ? 1 : 0, completed ? 0 : 1, handle, over ? 1 : 0,
					completed && skipped.isEmpty() ? 1 : 0 };
			add(rawByFlow, s.branchId() == branch.id() ? s.flowKey() : "other:" + s.flowKey(), row);
			add(rawByClerk, s.clerkName(), row);
		}

		DashboardFilter mine = new DashboardFilter(today, lastDay, null, branch.id(), null);
		for (Figures f : dashboards.byFlow(mine)) {
			if (!f.key().equals("BILL_PAYMENT") && !f.key().equals("PASSWORD_RESET") && !f.key().equals(checkFlow)) {
				continue;
			}
			long[] raw = rawByFlow.getOrDefault(f.key(), new long[6]);
			assertThat(new long[] { f.sessions(), f.completed(), f.abandoned(), f.compliant(), f.handleMillis(),
					f.overTarget() })
				.as("flow %s", f.key())
				.containsExactly(raw[0], raw[1], raw[2], raw[5], raw[3], raw[4]);
		}
		DashboardFilter whole = new DashboardFilter(today, lastDay, province.id(), null, null);
		long rawSessions = rawByFlow.values().stream().mapToLong(r -> r[0]).sum();
		assertThat(dashboards.total(whole).sessions()).isEqualTo(rawSessions);
		// network-wide figures come from the per-province tables: the same sums
		for (Figures f : dashboards.byFlow(whole)) {
			if (f.key().equals("BILL_PAYMENT") || f.key().equals("PASSWORD_RESET") || f.key().equals(checkFlow)) {
				long[] here = rawByFlow.getOrDefault(f.key(), new long[6]);
				long[] theirs = rawByFlow.getOrDefault("other:" + f.key(), new long[6]);
				assertThat(new long[] { f.sessions(), f.completed(), f.abandoned(), f.compliant() })
					.as("flow %s in the province", f.key())
					.containsExactly(here[0] + theirs[0], here[1] + theirs[1], here[2] + theirs[2],
							here[5] + theirs[5]);
			}
		}
		assertThat(dashboards.byProvince(whole)).singleElement()
			.satisfies(f -> assertThat(f.sessions()).isEqualTo(rawSessions));
		assertThat(dashboards.byBranch(whole)).extracting(Figures::sessions)
			.containsExactlyInAnyOrder(
					rawByFlow.entrySet()
						.stream()
						.filter(e -> !e.getKey().startsWith("other:"))
						.mapToLong(e -> e.getValue()[0])
						.sum(),
					rawByFlow.entrySet()
						.stream()
						.filter(e -> e.getKey().startsWith("other:"))
						.mapToLong(e -> e.getValue()[0])
						.sum());

		Fixtures.signIn(manager);
		for (Figures f : dashboards.byClerk(new DashboardFilter(today, lastDay, null, null, null))) {
			long[] raw = rawByClerk.get(clerkUsername(f.key()));
			assertThat(new long[] { f.sessions(), f.completed(), f.abandoned(), f.compliant() })
				.as("clerk %s", f.label())
				.containsExactly(raw[0], raw[1], raw[2], raw[5]);
		}
		Map<String, Long> skippedShown = new HashMap<>();
		dashboards.skippedItems(new DashboardFilter(today, lastDay, null, null, null))
			.forEach(r -> skippedShown.merge(clerkUsername(Long.toString(r.clerkId())) + "|" + r.itemText(),
					r.skipped(), Long::sum));
		Map<String, Long> skippedExpected = new HashMap<>();
		rawSkipped.forEach((k, v) -> {
			if (clerks.subList(0, 2).stream().anyMatch(c -> k.startsWith(c.username() + "|"))) {
				skippedExpected.put(k, v);
			}
		});
		assertThat(skippedShown).isEqualTo(skippedExpected);
		assertThat(skippedExpected).as("the random sessions skipped some optional item").isNotEmpty();
		Map<String, Long> dropShown = new HashMap<>();
		dashboards.dropOff(new DashboardFilter(today, lastDay, null, null, null))
			.forEach(r -> dropShown.merge(r.flowKey() + "|" + r.step(), r.abandons(), Long::sum));
		Map<String, Long> dropExpected = new HashMap<>();
		// the manager sees only their branch: recount the raw abandons there
		Fixtures.signIn(admin);
		for (String id : ids) {
			SessionRecord record = sessionRecords.record(id);
			if (record.summary().status() == SessionStatus.ABANDONED && record.summary().branchId() == branch.id()) {
				dropExpected.merge(record.summary().flowKey() + "|" + abandonedAt.get(id), 1L, Long::sum);
			}
		}
		assertThat(dropShown).isEqualTo(dropExpected);
	}

	@Test
	void an_end_left_unrelayed_is_counted_once_and_a_session_that_cannot_be_rebuilt_holds_up_no_other()
			throws Exception {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		Fixtures.signIn(clerks.get(0));
		String good = new Clerk(sessions).finish(sessions.start(StartSessionCommand.of("BILL_PAYMENT"))).id();
		String bad = new Clerk(sessions).finish(sessions.start(StartSessionCommand.of("PASSWORD_RESET"))).id();
		endedSessions.relayPending();
		Fixtures.signIn(manager);
		DashboardFilter mine = new DashboardFilter(today, today, null, null, null);
		assertThat(sessionsByFlow(mine)).containsEntry("BILL_PAYMENT", 1L).containsEntry("PASSWORD_RESET", 1L);

		// as if a node stopped after both ends committed and before they were relayed,
		// and one of
		// them had a stored step that no longer replays
		long badRow = jdbc.queryForObject("select id from service_session where public_id = ?", Long.class, bad);
		transaction.executeWithoutResult(status -> {
			jdbc.update("update service_session set relay_pending = true where public_id in (?, ?)", good, bad);
			jdbc.update("""
					insert into step_record (session_id, branch_id, sequence, kind, flow_key, step_key, step_title,
					  shown_values, sealed_values, checked_items, called_version_id, actor, submitted_at, duration_ms)
					select session_id, branch_id, sequence + 1, kind, flow_key, step_key, step_title, shown_values,
					  sealed_values, checked_items, called_version_id, actor, submitted_at, duration_ms
					from step_record where session_id = ? and sequence =
					  (select max(sequence) from (select sequence from step_record where session_id = ?) s)""", badRow,
					badRow);
		});
		try {
			ExecutorService relays = Executors.newFixedThreadPool(3);
			try {
				List<Future<Integer>> running = IntStream.range(0, 3)
					.mapToObj(i -> relays.submit(endedSessions::relayPending))
					.toList();
				for (Future<Integer> relay : running) {
					relay.get(60, TimeUnit.SECONDS);
				}
			}
			finally {
				relays.shutdown();
			}
			endedSessions.relayPending();
			assertThat(sessionsByFlow(mine)).as("the good one counted once more, the bad one left out")
				.containsEntry("BILL_PAYMENT", 2L)
				.containsEntry("PASSWORD_RESET", 1L);
			assertThat(jdbc.queryForObject(
					"select count(*) from service_session where relay_pending = true" + " and public_id in (?, ?)",
					Integer.class, good, bad))
				.isZero();
		}
		finally {
			transaction.executeWithoutResult(status -> jdbc.update("""
					delete from step_record where session_id = ? and sequence =
					  (select max(sequence) from (select sequence from step_record where session_id = ?) s)""", badRow,
					badRow));
		}
	}

	@Test
	void a_session_that_cannot_be_rebuilt_is_left_out_even_when_it_is_the_only_one_pending() {
		Fixtures.signIn(clerks.get(0));
		String bad = new Clerk(sessions).finish(sessions.start(StartSessionCommand.of("PASSWORD_RESET"))).id();
		endedSessions.relayPending();
		long badRow = jdbc.queryForObject("select id from service_session where public_id = ?", Long.class, bad);
		transaction.executeWithoutResult(status -> {
			jdbc.update("update service_session set relay_pending = true where public_id = ?", bad);
			jdbc.update("""
					insert into step_record (session_id, branch_id, sequence, kind, flow_key, step_key, step_title,
					  shown_values, sealed_values, checked_items, called_version_id, actor, submitted_at, duration_ms)
					select session_id, branch_id, sequence + 1, kind, flow_key, step_key, step_title, shown_values,
					  sealed_values, checked_items, called_version_id, actor, submitted_at, duration_ms
					from step_record where session_id = ? and sequence =
					  (select max(sequence) from (select sequence from step_record where session_id = ?) s)""", badRow,
					badRow);
		});
		try {
			// a batch of this one session alone: nothing else goes through, yet the fault
			// is
			// the session's, so it is left out rather than tried (and failed) forever
			assertThat(endedSessions.relayPending()).isZero();
			assertThat(jdbc.queryForObject(
					"select count(*) from service_session where relay_pending = true" + " and public_id = ?",
					Integer.class, bad))
				.isZero();
		}
		finally {
			transaction.executeWithoutResult(status -> jdbc.update("""
					delete from step_record where session_id = ? and sequence =
					  (select max(sequence) from (select sequence from step_record where session_id = ?) s)""", badRow,
					badRow));
		}
	}

	private Map<String, Long> sessionsByFlow(DashboardFilter filter) {
		Map<String, Long> byFlow = new HashMap<>();
		dashboards.byFlow(filter).forEach(f -> byFlow.put(f.key(), f.sessions()));
		return byFlow;
	}

	@Test
	void offer_conversion_by_package_place_and_clerk_equals_the_answers_in_the_records() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		VasPackage video = promotions.pack("考核视频会员", "15");
		VasPackage ring = promotions.pack("考核彩铃", "5");
		promotions.rollout(video, null, RolloutTarget.branch(branch.id()), RolloutTarget.branch(other.id()));
		promotions.rollout(ring, null, RolloutTarget.branch(branch.id()));
		Random random = new Random(7);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			UserSummary clerk = clerks.get(random.nextInt(clerks.size()));
			Fixtures.signIn(clerk);
			boolean atBranch = clerk.branchId().equals(branch.id());
			List<OfferAnswer> answers = new ArrayList<>();
			answers.add(answer(video.id(), random));
			if (atBranch) {
				answers.add(answer(ring.id(), random));
			}
			RunningSession session = sessions.start(StartSessionCommand.of(PromotionFixtures.SIM_RECOMMEND.flowKey()));
			Clerk counter = new Clerk(sessions).offers(PromotionFixtures.SIM_RECOMMEND.stepKey(),
					answers.toArray(OfferAnswer[]::new));
			session = i % 4 == 3 ? sessions.abandon(counter.next(session).id(), "客户离开") : counter.finish(session);
			ids.add(session.id());
		}
		endedSessions.relayPending();
		// the counter work moved the clock on by hours: late in the day it runs past
		// midnight
		LocalDate lastDay = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);

		Map<String, long[]> rawByPackage = new HashMap<>();
		Map<String, long[]> rawByPlace = new HashMap<>();
		Map<String, long[]> rawByClerk = new HashMap<>();
		Fixtures.signIn(admin);
		for (String id : ids) {
			SessionRecord record = sessionRecords.record(id);
			for (RecordedOffer offer : record.offers()) {
				long[] row = { offer.outcome() == OfferOutcome.NOT_OFFERED ? 0 : 1,
						offer.outcome() == OfferOutcome.ACCEPTED ? 1 : 0,
						offer.outcome() == OfferOutcome.NOT_OFFERED ? 1 : 0 };
				add(rawByPackage, offer.packageCode(), row);
				add(rawByPlace, record.summary().branchId() + "|" + offer.packageCode(), row);
				if (record.summary().branchId() == branch.id()) {
					add(rawByClerk, record.summary().clerkName(), row);
				}
			}
		}
		assertThat(rawByPackage.get(video.code())[0]).as("some offers were made").isPositive();

		DashboardFilter province = new DashboardFilter(today, lastDay, this.province.id(), null, null);
		Map<String, long[]> shownByPackage = new HashMap<>();
		dashboards.offersByPackage(province)
			.forEach(
					o -> shownByPackage.put(o.packageCode(), new long[] { o.offered(), o.accepted(), o.notOffered() }));
		assertThat(shownByPackage).containsOnlyKeys(rawByPackage.keySet());
		rawByPackage.forEach((code, raw) -> assertThat(shownByPackage.get(code)).as(code).containsExactly(raw));
		Map<String, long[]> shownByPlace = new HashMap<>();
		dashboards.offersByPlace(province)
			.forEach(o -> shownByPlace.put(o.placeKey() + "|" + o.packageCode(),
					new long[] { o.offered(), o.accepted(), o.notOffered() }));
		assertThat(shownByPlace).as("by branch within a province").containsOnlyKeys(rawByPlace.keySet());
		rawByPlace.forEach((key, raw) -> assertThat(shownByPlace.get(key)).as(key).containsExactly(raw));
		assertThat(dashboards.offersByPlace(new DashboardFilter(today, lastDay, null, null, null)))
			.as("over the network, by province")
			.filteredOn(o -> o.placeKey().equals(Long.toString(this.province.id())))
			.extracting(OfferFigures::packageCode)
			.containsExactlyInAnyOrderElementsOf(rawByPackage.keySet());

		Fixtures.signIn(manager);
		Map<String, long[]> shownByClerk = new HashMap<>();
		dashboards.offersByClerk(new DashboardFilter(today, lastDay, null, null, null))
			.forEach((clerkId, made) -> shownByClerk.put(clerkUsername(clerkId),
					new long[] { made.offered(), made.accepted() }));
		rawByClerk
			.forEach((clerk, raw) -> assertThat(shownByClerk.get(clerk)).as(clerk).containsExactly(raw[0], raw[1]));
		assertThat(shownByClerk).containsOnlyKeys(rawByClerk.keySet());
		assertThat(dashboards.offersByPlace(new DashboardFilter(today, lastDay, null, null, null)))
			.as("a manager's places are their branch")
			.extracting(OfferFigures::placeKey)
			.containsOnly(Long.toString(branch.id()));
	}

	private static OfferAnswer answer(long packageId, Random random) {
		return switch (random.nextInt(3)) {
			case 0 -> new OfferAnswer(packageId, OfferOutcome.ACCEPTED, null);
			case 1 -> new OfferAnswer(packageId, OfferOutcome.DECLINED, DeclineReason.PRICE);
			default -> new OfferAnswer(packageId, OfferOutcome.NOT_OFFERED, null);
		};
	}

	@Test
	void the_dashboard_in_one_call_holds_what_each_table_reads_on_its_own() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		Random random = new Random(20271201);
		for (int i = 0; i < 8; i++) {
			Fixtures.signIn(clerks.get(random.nextInt(clerks.size())));
			serve(i % 2 == 0 ? "BILL_PAYMENT" : checkFlow, random, i % 4 == 3);
		}
		endedSessions.relayPending();
		DashboardFilter any = new DashboardFilter(today, today, null, null, null);

		Fixtures.signIn(manager);
		Dashboard mine = dashboards.dashboard(any);
		assertThat(mine.filter().branchId()).isEqualTo(branch.id());
		assertSameAsTheSingleTables(mine, any);
		assertThat(mine.byClerk()).isEqualTo(dashboards.byClerk(any)).isNotEmpty();
		assertThat(mine.offersByClerk()).isEqualTo(dashboards.offersByClerk(any));
		assertThat(mine.byProvince()).as("head office only").isEmpty();
		assertThat(mine.byBranch()).as("head office only").isEmpty();

		Fixtures.signIn(admin);
		for (DashboardFilter f : List.of(any, new DashboardFilter(today, today, province.id(), null, null),
				new DashboardFilter(today, today, null, branch.id(), "BILL_PAYMENT"))) {
			Dashboard shown = dashboards.dashboard(f);
			assertSameAsTheSingleTables(shown, f);
			assertThat(shown.byProvince()).isEqualTo(dashboards.byProvince(f)).isNotEmpty();
			assertThat(shown.byBranch()).isEqualTo(dashboards.byBranch(f)).isNotEmpty();
			if (f.branchId() == null) {
				assertThat(shown.byClerk()).as("no branch chosen, no staff table").isEmpty();
			}
			else {
				assertThat(shown.byClerk()).isEqualTo(dashboards.byClerk(f)).isNotEmpty();
			}
			assertThat(shown.targetOf("BILL_PAYMENT"))
				.isEqualTo(published.current("BILL_PAYMENT").orElseThrow().document().targetMinutes());
		}
	}

	private void assertSameAsTheSingleTables(Dashboard shown, DashboardFilter filter) {
		assertThat(shown.total()).isEqualTo(dashboards.total(filter));
		assertThat(shown.total().sessions()).isPositive();
		assertThat(shown.byFlow()).isEqualTo(dashboards.byFlow(filter));
		assertThat(shown.byDay()).isEqualTo(dashboards.byDay(filter));
		assertThat(shown.skippedItems()).isEqualTo(dashboards.skippedItems(filter));
		assertThat(shown.dropOff()).isEqualTo(dashboards.dropOff(filter));
		assertThat(shown.offersByPlace()).isEqualTo(dashboards.offersByPlace(filter));
		assertThat(shown.offersByPackage()).isEqualTo(dashboards.offersByPackage(filter));
	}

	@Test
	void a_branch_manager_sees_only_their_branch() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		Fixtures.signIn(manager);
		assertThatThrownBy(() -> dashboards.byFlow(new DashboardFilter(today, today, null, other.id(), null)))
			.isInstanceOf(BusinessException.class);
		assertThat(dashboards.scoped(new DashboardFilter(today, today, province.id(), null, null)).branchId())
			.isEqualTo(branch.id());
		Fixtures.signIn(clerks.get(0));
		assertThatThrownBy(() -> dashboards.byFlow(new DashboardFilter(today, today, null, null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_region_admin_sees_the_branches_of_their_region_and_no_other() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		BranchSummary outside = fixtures.branch(fixtures.city(fixtures.province("考核外省"), "考核外市"), "考核外省厅");
		UserSummary outsideClerk = fixtures.user(StaffRole.BRANCH_STAFF, outside.id());
		Random random = new Random(20261207);
		for (UserSummary clerk : List.of(clerks.get(0), clerks.get(2), outsideClerk)) {
			Fixtures.signIn(clerk);
			serve("BILL_PAYMENT", random, false);
		}
		endedSessions.relayPending();
		DashboardFilter any = new DashboardFilter(today, today, null, null, null);
		Fixtures.signIn(admin);
		long atBranch = dashboards.total(any.withBranch(branch.id())).sessions();
		long atOther = dashboards.total(any.withBranch(other.id())).sessions();
		assertThat(dashboards.total(any.withBranch(outside.id())).sessions()).isPositive();

		Fixtures.signIn(fixtures.regionAdmin(province.id()));
		Dashboard provinceWide = dashboards.dashboard(any);
		assertThat(provinceWide.total().sessions()).isEqualTo(atBranch + atOther);
		assertThat(provinceWide.byBranch()).extracting(Figures::key)
			.containsExactlyInAnyOrder(Long.toString(branch.id()), Long.toString(other.id()));
		assertThat(provinceWide.byProvince()).as("head office only").isEmpty();
		assertSameAsTheSingleTables(provinceWide, any);
		assertThatThrownBy(() -> dashboards.dashboard(any.withBranch(outside.id())))
			.isInstanceOf(BusinessException.class)
			.hasMessage("organization.branch.notFound");
		long outsideProvince = fixtures.province("考核别省").id();
		assertThatThrownBy(() -> dashboards.total(new DashboardFilter(today, today, outsideProvince, null, null)))
			.isInstanceOf(BusinessException.class);

		// a city's admin: the city's branch, not the other city's of the same province
		Fixtures.signIn(fixtures.regionAdmin(branch.regionId()));
		Dashboard cityWide = dashboards.dashboard(any);
		assertThat(cityWide.total().sessions()).isEqualTo(atBranch);
		assertThat(cityWide.byBranch()).extracting(Figures::key).containsExactly(Long.toString(branch.id()));
		assertSameAsTheSingleTables(cityWide, any);
		assertThat(dashboards.byClerk(any.withBranch(branch.id()))).isNotEmpty();
		assertThatThrownBy(() -> dashboards.byFlow(any.withBranch(other.id()))).isInstanceOf(BusinessException.class)
			.hasMessage("organization.branch.notFound");
	}

	private String clerkUsername(String clerkId) {
		return clerks.stream().filter(c -> Long.toString(c.id()).equals(clerkId)).findFirst().orElseThrow().username();
	}

	private static void add(Map<String, long[]> map, String key, long[] row) {
		long[] sum = map.computeIfAbsent(key, k -> new long[row.length]);
		for (int i = 0; i < row.length; i++) {
			sum[i] += row[i];
		}
	}

	/**
	 * Serves one customer: random minutes per step, optional items sometimes left,
	 * sometimes abandoned.
	 */
	private String serve(String flowKey, Random random, boolean abandon) {
		RunningSession session = sessions.start(StartSessionCommand.of(flowKey));
		Clerk clerk = new Clerk(sessions);
		int abandonAt = abandon ? random.nextInt(3) : -1;
		for (int step = 0; session.running(); step++) {
			Duration pause = Duration.ofSeconds(15 + random.nextInt(90));
			clock.advance(pause);
			advanced = advanced.plus(pause);
			if (step == abandonAt) {
				abandonedAt.put(session.id(), session.currentFlowKey() + "/" + session.currentStep().key());
				session = sessions.abandon(session.id(), "客户临时离开");
				break;
			}
			StepSubmission full = clerk.fill(session);
			Set<Integer> ticked = new TreeSet<>(full.checked());
			List<ChecklistItem> items = session.currentStep().checklist();
			IntStream.range(0, items.size())
				.filter(i -> !items.get(i).mandatory() && random.nextBoolean())
				.forEach(ticked::remove);
			session = sessions
				.submit(session.id(), new StepSubmission(full.sequence(), full.values(), ticked, full.signatures()))
				.session();
		}
		return session.id();
	}

	/**
	 * The optional checklist items not ticked on the final path, computed from the raw
	 * timeline.
	 */
	private List<String> skippedOf(SessionRecord record) {
		if (record.summary().status() != SessionStatus.ENDED) {
			return List.of();
		}
		List<String> skipped = new ArrayList<>();
		for (SessionRecord.TimelineEntry entry : record.timeline()) {
			if (entry.wentBack() || entry.undone()) {
				continue;
			}
			published.current(entry.flowKey())
				.flatMap(f -> f.document().step(entry.stepKey()))
				.ifPresent(step -> step.checklist()
					.stream()
					.map(ChecklistItem::text)
					.filter(text -> !entry.checked().contains(text))
					.forEach(skipped::add));
		}
		return skipped;
	}

}
