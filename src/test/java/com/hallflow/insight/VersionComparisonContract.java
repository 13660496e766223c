package com.hallflow.insight;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.EndedSessionFacts;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionEndRelay;
import com.hallflow.flowexecution.SessionRecord;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.flowexecution.StepSubmission;
import com.hallflow.insight.VersionComparison.AbandonStep;
import com.hallflow.insight.VersionComparison.Outcome;
import com.hallflow.insight.VersionComparison.Side;
import com.hallflow.insight.internal.SessionRollups;
import com.hallflow.insight.internal.TwoSampleTests;
import com.hallflow.insight.internal.VersionRollupQueries;
import com.hallflow.insight.internal.VersionRollupQueries.SideQuery;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.security.AppRoles;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The version comparison on every database the application supports (H2 and MariaDB
 * subclasses): sessions of a flow's version 1 are served at two branches (one in another
 * province) and a few at the pilot branch, version 2 is published and served at the pilot
 * branch, quicker; the per-version rollups and every figure of the comparison must equal
 * what the raw session records give, and the tests' p-values what the same tests give on
 * the raw handle times.
 */
abstract class VersionComparisonContract {

	@Autowired
	VersionComparisonService comparisons;

	@Autowired
	VersionRollupQueries versionRollups;

	@Autowired
	SessionRollups rollups;

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	SessionRecordService records;

	@Autowired
	FlowDesignService designs;

	@Autowired
	SessionEndRelay relay;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	TransactionTemplate transaction;

	RegionNode province;

	RegionNode city;

	RegionNode farProvince;

	BranchSummary pilot;

	BranchSummary rest;

	BranchSummary far;

	UserSummary admin;

	String flowKey;

	private final Map<String, Integer> skipped = new HashMap<>();

	private final Map<String, String> abandonedAt = new HashMap<>();

	private Duration advanced = Duration.ZERO;

	@BeforeEach
	void organisation() {
		province = fixtures.province("试点省");
		city = fixtures.city(province, "试点市");
		farProvince = fixtures.province("远方省");
		pilot = fixtures.branch(city, "试点厅");
		rest = fixtures.branch(city, "其余厅");
		far = fixtures.branch(fixtures.city(farProvince, "远方市"), "远方厅");
		admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		flowKey = Fixtures.unique("PILOT_").toUpperCase();
		SystemAuthentication.runAsSystem(() -> {
			Draft draft = designs.create(new NewFlowCommand(flowKey, "试点业务", null));
			publish(draft.lockVersion(), "请核对证件");
		});
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
		clock.advance(advanced.negated());
	}

	private void publish(long lockVersion, String script) {
		StepDefinition check = StepDefinition.of("check", "核对证件", script)
			.withChecklist(List.of(new ChecklistItem("核对证件真实有效", true), new ChecklistItem("复印身份证件", false)));
		Draft saved = designs.saveDraft(flowKey, lockVersion,
				flow(flowKey).step("greet").step(check).step("farewell").build());
		designs.publish(flowKey, saved.lockVersion(), "发布", null);
	}

	@Test
	void the_comparison_equals_the_figures_and_tests_computed_from_the_raw_records() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		Random random = new Random(20261217);
		List<String> ids = new ArrayList<>();
		UserSummary pilotClerk = fixtures.user(StaffRole.BRANCH_STAFF, pilot.id());
		UserSummary restClerk = fixtures.user(StaffRole.BRANCH_STAFF, rest.id());
		UserSummary farClerk = fixtures.user(StaffRole.BRANCH_STAFF, far.id());
		for (int i = 0; i < 2; i++) {
			Fixtures.signIn(pilotClerk);
			ids.add(serve(random, 30, false));
		}
		for (int i = 0; i < 36; i++) {
			Fixtures.signIn(i % 6 == 5 ? farClerk : restClerk);
			ids.add(serve(random, 30, i % 9 == 4));
		}
		SystemAuthentication.runAsSystem(() -> publish(designs.newDraftFrom(flowKey, 1).lockVersion(), "请核对证件原件"));
		Fixtures.signIn(pilotClerk);
		for (int i = 0; i < 36; i++) {
			ids.add(serve(random, 10, i % 9 == 4));
		}
		relay.relayPending();
		LocalDate lastDay = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);

		Fixtures.signIn(admin);
		Raw pilotRaw = new Raw();
		Raw restRaw = new Raw();
		Raw farRaw = new Raw();
		for (String id : ids) {
			SessionRecord record = records.record(id);
			var s = record.summary();
			boolean atPilot = s.branchId() == pilot.id();
			if (atPilot && record.versionNumber() == 1) {
				continue; // the pilot branch ran version 2 in these days: not on the old
							// side
			}
			assertThat(record.versionNumber()).as("the pilot branch alone ran version 2").isEqualTo(atPilot ? 2 : 1);
			(atPilot ? pilotRaw : s.branchId() == far.id() ? farRaw : restRaw).add(id, record);
		}
		Raw oldRaw = restRaw.plus(farRaw);
		assertThat(oldRaw.completed.size()).as("enough completed sessions for a verdict").isGreaterThanOrEqualTo(30);
		assertThat(pilotRaw.completed.size()).as("enough completed sessions for a verdict").isGreaterThanOrEqualTo(30);

		VersionComparison shown = comparisons.compare(flowKey, 2, null, today, lastDay);
		assertThat(shown.flowName()).isEqualTo("流程 " + flowKey);
		pilotRaw.assertSame(shown.newSide(), 2, 1);
		oldRaw.assertSame(shown.oldSide(), 1, 2);
		assertThat(shown.handleTime().outcome()).as("version 2 is quicker, beyond noise")
			.isEqualTo(Outcome.BEYOND_NOISE);
		assertThat(shown.handleTime().difference()).isNegative();
		assertThat(shown.handleTime().pValue()).isCloseTo(pilotRaw.welchAgainst(oldRaw), within(1e-9));
		assertThat(shown.completion().pValue()).isCloseTo(TwoSampleTests
			.twoProportions(pilotRaw.completed.size(), pilotRaw.sessions, oldRaw.completed.size(), oldRaw.sessions)
			.orElseThrow()
			.pValue(), within(1e-12));
		assertThat(shown.completion().newSample()).isEqualTo(pilotRaw.sessions);
		assertThat(shown.acceptance().outcome()).as("no offers in this flow").isEqualTo(Outcome.TOO_FEW);
		Map<String, long[]> abandonsExpected = new HashMap<>();
		pilotRaw.abandons.forEach((step, n) -> abandonsExpected.computeIfAbsent(step, k -> new long[2])[0] += n);
		oldRaw.abandons.forEach((step, n) -> abandonsExpected.computeIfAbsent(step, k -> new long[2])[1] += n);
		Map<String, long[]> abandonsShown = new HashMap<>();
		for (AbandonStep step : shown.abandons()) {
			abandonsShown.put(step.stepKey(), new long[] { step.newAbandons(), step.oldAbandons() });
			assertThat(step.title()).isIn("步骤 greet", "核对证件", "步骤 farewell");
		}
		assertThat(abandonsShown).containsOnlyKeys(abandonsExpected.keySet());
		abandonsExpected.forEach((step, n) -> assertThat(abandonsShown.get(step)).as(step).containsExactly(n));

		// within a region: the far province's branch is on its own side of the line
		SideQuery inProvince = new SideQuery(flowKey, 1, today, lastDay, province.id(), 2);
		restRaw.assertSame(versionRollups.side(inProvince), 1, 1);
		restRaw.assertSame(versionRollups.side(new SideQuery(flowKey, 1, today, lastDay, city.id(), 2)), 1, 1);
		farRaw.assertSame(versionRollups.side(new SideQuery(flowKey, 1, today, lastDay, farProvince.id(), 2)), 1, 1);
		assertThat(versionRollups.side(new SideQuery(flowKey, 2, today, lastDay, farProvince.id(), null)).sessions())
			.isZero();
		assertThat(comparisons.compare(flowKey, 2, 1, lastDay.plusDays(1), lastDay.plusDays(3)).newSide().sessions())
			.as("no session in other days")
			.isZero();
	}

	@Test
	void offers_are_counted_per_version_and_compared_per_offer_put_to_the_customer() {
		LocalDate day = LocalDate.of(2031, 3, 4);
		Instant end = day.atTime(10, 0).atZone(ClockConfiguration.BUSINESS_ZONE).toInstant();
		List<EndedSessionFacts> ended = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			int version = i % 2 == 0 ? 2 : 1;
			long branch = version == 2 ? pilot.id() : rest.id();
			// version 2: 3 of 4 offers accepted; version 1: 1 of 4; one not offered each
			List<EndedSessionFacts.Offer> offers = List.of(
					new EndedSessionFacts.Offer(1, "PK", "视频会员",
							(i / 2) % 4 < (version == 2 ? 3 : 1) ? OfferOutcome.ACCEPTED : OfferOutcome.DECLINED),
					new EndedSessionFacts.Offer(2, "RB", "彩铃", OfferOutcome.NOT_OFFERED));
			ended.add(new EndedSessionFacts("offer-" + flowKey + "-" + i, branch, 1, "员工", flowKey, version, null,
					false, SessionStatus.ENDED, "COMPLETED", end.minusSeconds(200 + i), end, day, null, null, List.of(),
					offers));
		}
		SystemAuthentication.runAsSystem(() -> transaction.executeWithoutResult(status -> rollups.fold(ended)));
		Fixtures.signIn(admin);
		VersionComparison shown = comparisons.compare(flowKey, 2, null, day, day);
		assertThat(new long[] { shown.newSide().offered(), shown.newSide().accepted(), shown.oldSide().offered(),
				shown.oldSide().accepted() })
			.containsExactly(40, 30, 40, 10);
		assertThat(shown.acceptance().outcome()).isEqualTo(Outcome.BEYOND_NOISE);
		assertThat(shown.acceptance().difference()).isCloseTo(0.5, within(1e-12));
		assertThat(shown.acceptance().pValue())
			.isCloseTo(TwoSampleTests.twoProportions(30, 40, 10, 40).orElseThrow().pValue(), within(1e-15));
		assertThat(shown.newSide().handleSecondsSquared()).isCloseTo(
				IntStream.range(0, 80).filter(i -> i % 2 == 0).mapToDouble(i -> (200.0 + i) * (200.0 + i)).sum(),
				within(1e-6));
	}

	@Test
	void head_office_and_region_admins_compare_and_branch_managers_and_clerks_are_refused() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		Fixtures.signIn(fixtures.user(StaffRole.BRANCH_MANAGER, pilot.id()));
		assertThatThrownBy(() -> comparisons.compare(flowKey, 2, null, today, today))
			.isInstanceOf(AccessDeniedException.class);
		Fixtures.signIn(fixtures.user(StaffRole.BRANCH_STAFF, pilot.id()));
		assertThatThrownBy(() -> comparisons.compare(flowKey, 2, null, today, today))
			.isInstanceOf(AccessDeniedException.class);
		Fixtures.signIn(admin);
		assertThatThrownBy(() -> comparisons.compare(flowKey, 1, null, today, today)).isInstanceOfSatisfying(
				BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("insight.versions.previousBefore"));
		assertThatThrownBy(() -> comparisons.compare(flowKey, 2, null, today, today.minusDays(1)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("insight.filter.dates"));
		assertThatThrownBy(() -> comparisons.compare("NO_SUCH_FLOW", 2, null, today, today)).isInstanceOfSatisfying(
				BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("insight.versions.flowUnknown"));
		// a region admin whose region is not known yet sees no branch at all
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("region-admin", null,
					AuthorityUtils.createAuthorityList("ROLE_" + AppRoles.REGION_ADMIN)));
		assertThat(comparisons.compare(flowKey, 2, null, today, today).oldSide().sessions()).isZero();
	}

	/**
	 * Serves one customer, each step taking {@code slowest} seconds at most; optional
	 * items sometimes left; abandoned at a random step when asked.
	 */
	private String serve(Random random, int slowest, boolean abandon) {
		RunningSession session = sessions.start(StartSessionCommand.of(flowKey));
		Clerk clerk = new Clerk(sessions);
		int abandonAt = abandon ? random.nextInt(3) : -1;
		int left = 0;
		for (int step = 0; session.running(); step++) {
			Duration pause = Duration.ofSeconds(5 + random.nextInt(slowest));
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
			left += items.size() - ticked.size();
			session = sessions
				.submit(session.id(), new StepSubmission(full.sequence(), full.values(), ticked, full.signatures()))
				.session();
		}
		skipped.put(session.id(), left);
		return session.id();
	}

	/** One side's figures from the raw records. */
	private final class Raw {

		long sessions;

		final List<Long> completed = new ArrayList<>();

		long compliant;

		long skippedItems;

		final Set<Long> branches = new TreeSet<>();

		final Map<String, Long> abandons = new HashMap<>();

		void add(String id, SessionRecord record) {
			var s = record.summary();
			sessions++;
			branches.add(s.branchId());
			if (s.status() == SessionStatus.ENDED) {
				completed.add(Duration.between(s.startedAt(), s.endedAt()).toMillis());
				compliant += skipped.get(id) == 0 ? 1 : 0;
				skippedItems += skipped.get(id);
			}
			else {
				abandons.merge(abandonedAt.get(id), 1L, Long::sum);
			}
		}

		Raw plus(Raw other) {
			Raw both = new Raw();
			for (Raw r : List.of(this, other)) {
				both.sessions += r.sessions;
				both.completed.addAll(r.completed);
				both.compliant += r.compliant;
				both.skippedItems += r.skippedItems;
				both.branches.addAll(r.branches);
				r.abandons.forEach((k, v) -> both.abandons.merge(k, v, Long::sum));
			}
			return both;
		}

		double squares() {
			return completed.stream().mapToDouble(ms -> ms / 1000.0 * (ms / 1000.0)).sum();
		}

		long handle() {
			return completed.stream().mapToLong(Long::longValue).sum();
		}

		Integer p90() {
			TreeMap<Integer, Long> buckets = new TreeMap<>();
			completed.forEach(ms -> buckets.merge(
					(int) Math.min(SessionRollups.LAST_BUCKET, ms / 1000 / SessionRollups.BUCKET_SECONDS), 1L,
					Long::sum));
			long needed = (long) Math.ceil(completed.size() * 0.9);
			long seen = 0;
			for (Map.Entry<Integer, Long> e : buckets.entrySet()) {
				seen += e.getValue();
				if (seen >= needed) {
					return (e.getKey() + 1) * SessionRollups.BUCKET_SECONDS;
				}
			}
			return null;
		}

		double welchAgainst(Raw other) {
			return TwoSampleTests
				.welch(completed.size(), handle() / 1000.0, squares(), other.completed.size(), other.handle() / 1000.0,
						other.squares())
				.orElseThrow()
				.pValue();
		}

		void assertSame(Side side, int version, int branchCount) {
			assertThat(side.version()).isEqualTo(version);
			assertThat(new long[] { side.branches(), side.sessions(), side.completed(), side.abandoned(),
					side.handleMillis(), side.compliant(), side.skippedItems() })
				.as("version %d", version)
				.containsExactly(branchCount, sessions, completed.size(), sessions - completed.size(), handle(),
						compliant, skippedItems);
			assertThat(side.handleSecondsSquared()).isCloseTo(squares(), within(1e-6));
			assertThat(side.p90Seconds()).isEqualTo(p90());
		}

	}

}
