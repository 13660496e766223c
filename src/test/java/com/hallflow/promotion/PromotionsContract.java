package com.hallflow.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.base.CustomerGrade;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.flowexecution.SessionRecord;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.flowexecution.SubmitResult;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.SecondNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Packages, rollouts and offers on every database the application supports; see the H2
 * and MariaDB subclasses. Every rollout here reaches only this test's own regions and
 * branches, so the other tests sharing the database never meet its offers.
 */
abstract class PromotionsContract {

	static final Placement SIM_RECOMMEND = new Placement("SIM_REPLACEMENT", "recommend");

	@Autowired
	PackageService packages;

	@Autowired
	RolloutService rollouts;

	@Autowired
	OfferService offers;

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	SessionRecordService sessionRecords;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	RegionNode province;

	RegionNode city;

	BranchSummary pilot;

	BranchSummary other;

	UserSummary pilotClerk;

	UserSummary otherClerk;

	UserSummary admin;

	@BeforeEach
	void organisation() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		province = fixtures.province("推广省");
		city = fixtures.city(province, "推广市");
		pilot = fixtures.branch(city, "试点厅");
		other = fixtures.branch(fixtures.city(province, "另一市"), "非试点厅");
		pilotClerk = fixtures.user(StaffRole.BRANCH_STAFF, pilot.id());
		otherClerk = fixtures.user(StaffRole.BRANCH_STAFF, other.id());
		admin = fixtures.user(StaffRole.HQ_ADMIN, null);
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	VasPackage pack(String prefix, Set<CustomerGrade> grades) {
		Fixtures.signIn(admin);
		return packages
			.save(new PackageCommand(null, null, Fixtures.unique(prefix), "视频会员月包", PackageCategory.VIDEO_MEMBERSHIP,
					new BigDecimal("15"), "每月 15 元", "{customer.name}，本月视频会员特惠", grades, List.of(SIM_RECOMMEND),
					LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1), null, PackageStatus.ACTIVE));
	}

	Rollout rollout(VasPackage pack, Integer quota, RolloutTarget... targets) {
		Fixtures.signIn(admin);
		return rollouts.save(new RolloutCommand(null, null, pack.id(), "试点推广 " + pack.code(), 1, quota, null,
				List.of(new Stage(clock.instant().minus(Duration.ofHours(1)), List.of(targets))), List.of()));
	}

	RunningSession atRecommendStep(UserSummary clerk, boolean practice) {
		Fixtures.signIn(clerk);
		RunningSession session = sessions
			.start(new StartSessionCommand("SIM_REPLACEMENT", practice, "李女士", Clerk.MOBILE, "GOLD"));
		Clerk counter = new Clerk(sessions);
		while (!session.currentStep().key().equals("recommend")) {
			session = counter.next(session);
		}
		return session;
	}

	List<String> offeredCodes(UserSummary clerk, BranchSummary branch) {
		Fixtures.signIn(clerk);
		return offers.offers(branch, "SIM_REPLACEMENT", "recommend", "GOLD", 3)
			.stream()
			.map(Offer::packageCode)
			.toList();
	}

	@Test
	void a_pilot_branch_sees_its_offer_accepts_it_and_the_receipt_shows_it_while_another_branch_sees_nothing() {
		VasPackage pack = pack("VID", Set.of());
		rollout(pack, null, RolloutTarget.branch(pilot.id()));

		assertThat(offeredCodes(otherClerk, other)).isEmpty();
		assertThat(offeredCodes(pilotClerk, pilot)).containsExactly(pack.code());

		RunningSession session = atRecommendStep(pilotClerk, false);
		Clerk counter = new Clerk(sessions);
		SubmitResult unanswered = sessions.submit(session.id(), counter.fill(session));
		assertThat(unanswered.errors()).extracting(e -> e.field() + ":" + e.messageKey())
			.containsExactly(OfferProblem.fieldOf(pack.id()) + ":promotion.offer.answerRequired");
		SubmitResult noReason = sessions.submit(session.id(),
				new Clerk(sessions).offers("recommend", new OfferAnswer(pack.id(), OfferOutcome.DECLINED, null))
					.fill(session));
		assertThat(noReason.errors()).extracting(e -> e.messageKey()).containsExactly("promotion.offer.reasonRequired");
		assertThat(jdbc.queryForObject("select count(*) from offer_response where session_id = ?", Integer.class,
				session.id()))
			.isZero();

		RunningSession ended = new Clerk(sessions)
			.offers("recommend", new OfferAnswer(pack.id(), OfferOutcome.ACCEPTED, null))
			.finish(session);
		SessionRecord record = sessionRecords.record(ended.id());
		assertThat(record.accepted()).extracting(RecordedOffer::packageCode).containsExactly(pack.code());
		assertThat(record.accepted().get(0).monthlyPrice()).isEqualByComparingTo("15");

		// the branch manager sees the promotion running at the branch with what it
		// brought
		UserSummary manager = fixtures.user(StaffRole.BRANCH_MANAGER, pilot.id());
		Fixtures.signIn(manager);
		assertThat(offers.atBranch(pilot.id())).singleElement().satisfies(p -> {
			assertThat(p.packageCode()).isEqualTo(pack.code());
			assertThat(p.state()).isEqualTo(RolloutState.RUNNING);
			assertThat(p.accepted()).isEqualTo(1);
			assertThat(p.conversion()).isEqualTo(1.0);
		});
		assertThatThrownBy(() -> offers.atBranch(other.id())).isInstanceOf(BusinessException.class);
	}

	@Test
	void a_region_reaches_its_cities_stages_widen_and_a_pause_stops_offers_at_once() {
		VasPackage pack = pack("STG", Set.of());
		Fixtures.signIn(admin);
		Instant now = clock.instant();
		Rollout staged = rollouts.save(new RolloutCommand(null, null, pack.id(), "分阶段推广", 2, null, null,
				List.of(new Stage(now.minus(Duration.ofHours(2)), List.of(RolloutTarget.branch(pilot.id()))),
						new Stage(now.plus(Duration.ofDays(14)), List.of(RolloutTarget.region(province.id())))),
				List.of()));
		assertThat(offeredCodes(otherClerk, other)).isEmpty();
		assertThat(offeredCodes(pilotClerk, pilot)).containsExactly(pack.code());

		Fixtures.signIn(admin);
		Instant later = now.plus(Duration.ofDays(15));
		assertThat(offers.preview(other.id(), later, CustomerGrade.GOLD))
			.filteredOn(s -> s.stepKey().equals("recommend") && s.flowKey().equals("SIM_REPLACEMENT"))
			.singleElement()
			.satisfies(s -> assertThat(s.offers()).extracting(Offer::packageCode).containsExactly(pack.code()));

		Fixtures.signIn(admin);
		rollouts.setPaused(staged.id(), staged.lockVersion(), true);
		assertThat(offeredCodes(pilotClerk, pilot)).isEmpty();
		Fixtures.signIn(admin);
		assertThat(audit.latest(5)).extracting(e -> e.action()).contains(AuditAction.ROLLOUT_PAUSED);
	}

	@Test
	void saving_checks_every_field_audits_and_refuses_a_stale_edit() {
		VasPackage pack = pack("CHK", Set.of(CustomerGrade.GOLD));
		Fixtures.signIn(admin);
		assertThatThrownBy(() -> packages
			.save(new PackageCommand(null, null, "x", "", null, null, null, null, null, null, null, null, null)))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).contains("code"));
		assertThatThrownBy(() -> packages
			.save(new PackageCommand(null, null, pack.code(), "重复", PackageCategory.OTHER, BigDecimal.ONE, null, "话术",
					Set.of(), List.of(SIM_RECOMMEND), pack.validFrom(), null, PackageStatus.ACTIVE)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("promotion.package.code.taken"));
		assertThatThrownBy(() -> packages.save(new PackageCommand(null, null, Fixtures.unique("BAD"), "价格",
				PackageCategory.OTHER, new BigDecimal("1.005"), null, "话术", Set.of(), List.of(SIM_RECOMMEND),
				pack.validFrom(), null, PackageStatus.ACTIVE)))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).contains("monthlyPrice"));
		assertThatThrownBy(() -> packages.save(new PackageCommand(null, null, Fixtures.unique("BAD"), "位置",
				PackageCategory.OTHER, BigDecimal.ONE, null, "话术", Set.of(),
				List.of(new Placement("SIM_REPLACEMENT", "greet")), pack.validFrom(), null, PackageStatus.ACTIVE)))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("promotion.package.placements.unknown"));

		VasPackage renamed = packages.save(new PackageCommand(pack.id(), pack.lockVersion(), pack.code(), "视频会员季包",
				pack.category(), new BigDecimal("39.90"), pack.description(), pack.pitchScript(), pack.grades(),
				pack.placements(), pack.validFrom(), null, PackageStatus.ACTIVE));
		assertThat(renamed.monthlyPrice()).isEqualByComparingTo("39.90");
		assertThat(audit.latest(1).get(0).action()).isEqualTo(AuditAction.PACKAGE_CHANGED);
		assertThat(audit.latest(1).get(0).detail()).contains("视频会员月包").contains("视频会员季包");
		assertThatThrownBy(() -> packages.save(new PackageCommand(pack.id(), pack.lockVersion(), pack.code(), "旧版",
				pack.category(), pack.monthlyPrice(), null, pack.pitchScript(), pack.grades(), pack.placements(),
				pack.validFrom(), null, PackageStatus.ACTIVE)))
			.isInstanceOf(ConcurrentEditException.class);

		assertThatThrownBy(() -> rollouts.save(new RolloutCommand(null, null, pack.id(), "倒序", 1, null, null,
				List.of(new Stage(clock.instant(), List.of(RolloutTarget.branch(pilot.id()))),
						new Stage(clock.instant().minusSeconds(60), List.of(RolloutTarget.region(city.id())))),
				List.of())))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.messageKey()).isEqualTo("promotion.rollout.stage.order"));
	}

	@Test
	void clerks_cannot_edit_the_catalogue_and_a_clerk_cannot_ask_for_another_branchs_offers() {
		rollout(pack("SCP", Set.of()), null, RolloutTarget.branch(other.id()));
		Fixtures.signIn(pilotClerk);
		assertThatThrownBy(() -> packages.all()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rollouts.conflicts()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> offers.offers(other, "SIM_REPLACEMENT", "recommend", null, 3))
			.isInstanceOf(BusinessException.class);
	}

	@Test
	void overlapping_rollouts_of_one_package_for_a_shared_branch_are_flagged() {
		VasPackage pack = pack("CON", Set.of());
		Rollout byRegion = rollout(pack, null, RolloutTarget.region(city.id()));
		Rollout byBranch = rollout(pack, null, RolloutTarget.branch(pilot.id()));
		Rollout elsewhere = rollout(pack("CON", Set.of()), null, RolloutTarget.branch(pilot.id()));
		Fixtures.signIn(admin);
		List<RolloutConflict> conflicts = rollouts.conflicts();
		assertThat(conflicts).extracting(RolloutConflict::rolloutId, RolloutConflict::otherRolloutId)
			.contains(Tuple.tuple(byRegion.id(), byBranch.id()), Tuple.tuple(byBranch.id(), byRegion.id()));
		assertThat(conflicts).noneMatch(c -> c.rolloutId() == elsewhere.id());
	}

	@Test
	void concurrent_acceptances_never_pass_the_quota_and_practice_uses_none() throws Exception {
		VasPackage pack = pack("QTA", Set.of());
		rollout(pack, 3, RolloutTarget.branch(pilot.id()));
		List<UserSummary> clerks = new ArrayList<>();
		List<RunningSession> atStep = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, pilot.id());
			clerks.add(clerk);
			atStep.add(atRecommendStep(clerk, false));
		}
		RunningSession practice = atRecommendStep(pilotClerk, true);
		assertThat(new Clerk(sessions).offers("recommend", new OfferAnswer(pack.id(), OfferOutcome.ACCEPTED, null))
			.next(practice)
			.currentStep()
			.key()).isEqualTo("hand-over");

		ExecutorService pool = Executors.newFixedThreadPool(6);
		CountDownLatch ready = new CountDownLatch(6);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<SubmitResult>> results = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			UserSummary clerk = clerks.get(i);
			RunningSession session = atStep.get(i);
			results.add(pool.submit(() -> {
				Fixtures.signIn(clerk);
				var submission = new Clerk(sessions)
					.offers("recommend", new OfferAnswer(pack.id(), OfferOutcome.ACCEPTED, null))
					.fill(session);
				ready.countDown();
				go.await();
				return sessions.submit(session.id(), submission);
			}));
		}
		ready.await();
		go.countDown();
		int moved = 0;
		int refused = 0;
		for (Future<SubmitResult> result : results) {
			SubmitResult r = result.get();
			if (r.errors().isEmpty()) {
				moved++;
			}
			else {
				assertThat(r.errors()).extracting(e -> e.messageKey()).containsExactly("promotion.offer.quotaUsedUp");
				assertThat(r.session().currentStep().key()).isEqualTo("recommend");
				refused++;
			}
		}
		pool.shutdown();
		assertThat(moved).isEqualTo(3);
		assertThat(refused).isEqualTo(3);
		assertThat(jdbc.queryForObject("select accepted from rollout_branch_usage where branch_id = ?", Integer.class,
				pilot.id()))
			.isEqualTo(3);
		assertThat(jdbc.queryForObject(
				"""
						select count(*) from offer_response where branch_id = ? and outcome = 'ACCEPTED' and practice = false""",
				Integer.class, pilot.id()))
			.isEqualTo(3);
		// the quota is used up: the offer is no longer shown at this branch
		assertThat(offeredCodes(pilotClerk, pilot)).isEmpty();
	}

	@Test
	void a_change_made_through_one_node_is_seen_by_another_within_the_refresh_interval() throws Exception {
		VasPackage pack = pack("NOD", Set.of());
		SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
		try (ConfigurableApplicationContext second = SecondNode.start(environment)) {
			OfferService elsewhere = second.getBean(OfferService.class);
			Fixtures.signIn(pilotClerk);
			assertThat(elsewhere.offers(pilot, "SIM_REPLACEMENT", "recommend", null, 3)).isEmpty();

			// the other node has a clock of its own (real time); start well before either
			// node's now
			Fixtures.signIn(admin);
			rollouts.save(new RolloutCommand(null, null, pack.id(), "跨节点推广", 1, null, null, List
				.of(new Stage(clock.instant().minus(Duration.ofDays(1)), List.of(RolloutTarget.region(city.id())))),
					List.of()));
			long changed = System.nanoTime();
			Fixtures.signIn(pilotClerk);
			List<Offer> seen = List.of();
			while (seen.isEmpty() && System.nanoTime() - changed < Duration.ofSeconds(10).toNanos()) {
				Thread.sleep(50);
				seen = elsewhere.offers(pilot, "SIM_REPLACEMENT", "recommend", null, 3);
			}
			Duration delay = Duration.ofNanos(System.nanoTime() - changed);
			assertThat(seen).extracting(Offer::packageCode).containsExactly(pack.code());
			// documented: the refresh interval (2 s) plus one rebuild
			assertThat(delay).isLessThan(Duration.ofSeconds(3));
		}
		finally {
			SecurityContextHolder.setContextHolderStrategy(strategy);
		}
	}

}
