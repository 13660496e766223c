package com.hallflow.demo;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.CustomerGrade;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.RecordFilter;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionCommand;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.promotion.PackageCategory;
import com.hallflow.promotion.PackageCommand;
import com.hallflow.promotion.PackageService;
import com.hallflow.promotion.PackageStatus;
import com.hallflow.promotion.Placement;
import com.hallflow.promotion.RolloutCommand;
import com.hallflow.promotion.RolloutService;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.VasPackage;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserFilter;
import com.hallflow.security.UserSummary;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty embedded database with a few regions, branches, the demo logins (head
 * office, a manager, a clerk, two provinces' region admins) and the seven standard flows,
 * through the same services an administrator uses. Runs only in the {@code demo} profile.
 */
@Component
@Profile("demo")
class DemoDataLoader implements SmartLifecycle {

	static final String DEMO_PASSWORD = "hallflow-demo";

	/**
	 * Days of generated counter work before the first start, unless configured otherwise.
	 */
	static final int HISTORY_DAYS = 21;

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final RegionService regions;

	private final BranchService branches;

	private final UserAccountService users;

	private final TransactionTemplate transaction;

	private final StandardFlows standardFlows;

	private final PackageService packages;

	private final RolloutService rollouts;

	private final HistoryClock clock;

	private final SessionRecordService sessions;

	private final ObjectProvider<DemoHistory> history;

	private final DemoVariants variants;

	private final int historyDays;

	/**
	 * Completes with the number of sessions served once the generated history is in (0:
	 * none needed).
	 */
	final CompletableFuture<Integer> historyServed = new CompletableFuture<>();

	@SuppressWarnings("java:S107") // the services an administrator would use
	DemoDataLoader(RegionService regions, BranchService branches, UserAccountService users,
			TransactionTemplate transaction, StandardFlows standardFlows, PackageService packages,
			RolloutService rollouts, HistoryClock clock, SessionRecordService sessions,
			ObjectProvider<DemoHistory> history, DemoVariants variants,
			@Value("${hallflow.demo.history-days:" + HISTORY_DAYS + "}") int historyDays) {
		this.variants = variants;
		this.historyDays = historyDays;
		this.sessions = sessions;
		this.history = history;
		this.standardFlows = standardFlows;
		this.packages = packages;
		this.rollouts = rollouts;
		this.clock = clock;
		this.regions = regions;
		this.branches = branches;
		this.users = users;
		this.transaction = transaction;
	}

	/**
	 * Before the web server, which starts in phase {@code Integer.MAX_VALUE - 2048}: the
	 * sign-in page is only served once the demo logins exist (the history that follows
	 * runs in the background).
	 */
	static final int PHASE = Integer.MAX_VALUE - 4096;

	private static final long STOP_WAIT_MILLIS = 5_000;

	/** About two minutes of another node's loading, at up to 3 s a wait. */
	private static final int MAX_ATTEMPTS = 40;

	private volatile boolean running;

	private volatile Thread historyThread;

	@Override
	public int getPhase() {
		return PHASE;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Stops the history between two customers, before the database closes; waits a few
	 * seconds for the customer being served.
	 */
	@Override
	public void stop() {
		running = false;
		Thread serving = historyThread;
		if (serving != null) {
			try {
				serving.join(STOP_WAIT_MILLIS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void start() {
		if (running) {
			return;
		}
		running = true;
		loadWhatIsMissingOnceAnotherNodeIsDone();
		boolean served = SystemAuthentication.callAsSystem(() -> sessions.count(RecordFilter.any()) > 0);
		if (served || historyDays <= 0) {
			historyServed.complete(0);
		}
		else {
			Thread thread = new Thread(this::serveHistory, "hallflow-demo-history");
			thread.setDaemon(true);
			historyThread = thread;
			thread.start();
		}
	}

	/**
	 * Nodes started together on one empty database all begin to load the demo. The first
	 * one's inserts make the others wait: the database refuses a waiting insert after 3 s
	 * (the {@code mysql} profile's lock wait, shorter than its read timeout), or as a
	 * duplicate once the first node's rows are in. Either way nothing of the waiting
	 * node's attempt is kept, and it tries again until it finds the demo loaded.
	 */
	private void loadWhatIsMissingOnceAnotherNodeIsDone() {
		for (int attempt = 1;; attempt++) {
			try {
				SystemAuthentication.runAsSystem(this::loadWhatIsMissing);
				return;
			}
			catch (DataIntegrityViolationException | PessimisticLockingFailureException anotherNodeIsLoading) {
				if (attempt == MAX_ATTEMPTS) {
					throw anotherNodeIsLoading;
				}
				log.info("Another node is loading the demo data at the same moment; trying again ({})",
						anotherNodeIsLoading.getClass().getSimpleName());
			}
		}
	}

	/**
	 * The demo's regions, branches and logins on an empty database, the standard flows
	 * and the promotions where missing: in one transaction, so a node that loses the race
	 * to another leaves nothing half-loaded.
	 */
	private void loadWhatIsMissing() {
		transaction.executeWithoutResult(status -> {
			boolean fresh = users.count(UserFilter.any()) == 0;
			if (fresh) {
				load();
			}
			regionAdminsWhereMissing();
			List<String> installed;
			if (fresh && historyDays > 0) {
				// the standard flows were in force before the history to be served begins
				LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
				clock.pin(today.minusDays(historyDays + 1L).atStartOfDay(ClockConfiguration.BUSINESS_ZONE).toInstant());
				try {
					installed = standardFlows.install();
				}
				finally {
					clock.release();
				}
			}
			else {
				installed = standardFlows.install();
			}
			if (!installed.isEmpty()) {
				log.info("Demo flows published: {}", installed);
			}
			if (packages.all().isEmpty()) {
				loadPromotions();
			}
			variants.loadWhereMissing(fresh ? historyDays : 0);
		});
	}

	/**
	 * Three weeks of counter work by the demo's clerks, in the background so the start is
	 * not held up.
	 */
	private void serveHistory() {
		try {
			List<UserSummary> clerks = SystemAuthentication.callAsSystem(
					() -> users.list(new UserFilter(null, StaffRole.BRANCH_STAFF, null), PageRequest.of(0, 100)));
			List<DemoHistory.Habit> habits = new ArrayList<>();
			for (int i = 0; i < clerks.size(); i++) {
				// two careless clerks leave optional items (复印身份证件) unticked far more
				// often
				habits.add(new DemoHistory.Habit(clerks.get(i), 0.7 + (i % 4) * 0.25, i % 5 == 3 ? 0.4 : 0.04));
			}
			historyServed.complete(history.getObject().generate(habits, historyDays, 4, () -> running));
		}
		catch (RuntimeException e) {
			log.warn("Demo history stopped: {}", e.toString(), e);
			historyServed.completeExceptionally(e);
		}
	}

	/**
	 * Three packages and their rollouts: a video membership piloted at Tianhe and going
	 * province-wide in two weeks, a data add-on for the whole network, a ring-back tone
	 * for gold and diamond customers in Zhejiang.
	 */
	private void loadPromotions() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		Instant midnight = today.atStartOfDay(ClockConfiguration.BUSINESS_ZONE).toInstant();
		Map<String, RegionNode> byCode = regions.all()
			.stream()
			.collect(Collectors.toMap(RegionNode::code, r -> r, (a, b) -> a));
		Long tianhe = branches.list(new BranchFilter("GZ-TH-001", null, null), PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.map(BranchSummary::id)
			.orElse(null);
		LocalDate launched = today.minusDays(Math.max(historyDays, 0) + 7L);
		VasPackage video = packages.save(new PackageCommand(null, null, "VIDEO-15", "视频会员月包",
				PackageCategory.VIDEO_MEMBERSHIP, new BigDecimal("15.00"), "主流视频平台会员，按月计费，可随时退订",
				"{customer.name}您好，现在办理视频会员月包每月只要 15 元，热门剧集抢先看，需要帮您开通吗？", Set.of(),
				List.of(new Placement("SIM_REPLACEMENT", "recommend"), new Placement("NEW_SUBSCRIPTION", "campaign")),
				launched, null, PackageStatus.ACTIVE));
		VasPackage data = packages.save(new PackageCommand(null, null, "DATA-10G", "10GB 流量加油包",
				PackageCategory.DATA_ADDON, new BigDecimal("10.00"), "当月有效的 10GB 国内流量", "这个月流量够用吗？10 元就能加 10GB，当月有效。",
				Set.of(),
				List.of(new Placement("BILL_PAYMENT", "take-payment"), new Placement("SIM_REPLACEMENT", "recommend"),
						new Placement("OWNERSHIP_TRANSFER", "anything-else")),
				launched, today.plusMonths(3), PackageStatus.ACTIVE));
		VasPackage ring = packages.save(new PackageCommand(null, null, "RING-5", "名家彩铃", PackageCategory.RINGBACK_TONE,
				new BigDecimal("5.00"), "每月更换的名家彩铃", "{customer.name}，作为{customer.grade}，您可以 5 元/月 体验名家彩铃。",
				Set.of(CustomerGrade.GOLD, CustomerGrade.DIAMOND),
				List.of(new Placement("SIM_REPLACEMENT", "recommend")), launched, null, PackageStatus.ACTIVE));
		if (tianhe != null && byCode.containsKey("GD")) {
			rollouts.save(new RolloutCommand(null, null, video.id(), "视频会员·天河试点后全省", 1, 50, null,
					List.of(new Stage(midnight.minus(Duration.ofDays(14)), List.of(RolloutTarget.branch(tianhe))),
							new Stage(midnight.plus(Duration.ofDays(14)),
									List.of(RolloutTarget.region(byCode.get("GD").id())))),
					List.of()));
		}
		rollouts.save(new RolloutCommand(null, null, data.id(), "流量加油包·全网", 2, null, midnight.plus(Duration.ofDays(60)),
				List.of(new Stage(midnight.minus(Duration.ofDays(Math.max(historyDays, 0))),
						List.of(RolloutTarget.NETWORK))),
				List.of()));
		if (byCode.containsKey("ZJ")) {
			rollouts.save(new RolloutCommand(null, null, ring.id(), "名家彩铃·浙江", 3, null, null,
					List.of(new Stage(midnight.minus(Duration.ofDays(7)),
							List.of(RolloutTarget.region(byCode.get("ZJ").id())))),
					List.of()));
		}
		log.info("Demo promotions loaded: {}, {}, {}", video.code(), data.code(), ring.code());
	}

	private void load() {
		RegionNode guangdong = regions.create(new RegionCommand("GD", "广东省", null));
		RegionNode guangzhou = regions.create(new RegionCommand("GD-GZ", "广州市", guangdong.id()));
		RegionNode shenzhen = regions.create(new RegionCommand("GD-SZ", "深圳市", guangdong.id()));
		RegionNode zhejiang = regions.create(new RegionCommand("ZJ", "浙江省", null));
		RegionNode hangzhou = regions.create(new RegionCommand("ZJ-HZ", "杭州市", zhejiang.id()));

		BranchSummary tianhe = branch("GZ-TH-001", "广州天河营业厅", guangzhou, "广州市天河区天河路 385 号");
		BranchSummary yuexiu = branch("GZ-YX-002", "广州越秀营业厅", guangzhou, "广州市越秀区北京路 120 号");
		BranchSummary futian = branch("SZ-FT-001", "深圳福田营业厅", shenzhen, "深圳市福田区深南大道 6008 号");
		BranchSummary xihu = branch("HZ-XH-001", "杭州西湖营业厅", hangzhou, "杭州市西湖区文三路 90 号");

		users.create(new CreateUserCommand("admin", "王敏", StaffRole.HQ_ADMIN, null, DEMO_PASSWORD, false));
		users.create(
				new CreateUserCommand("manager", "李强", StaffRole.BRANCH_MANAGER, tianhe.id(), DEMO_PASSWORD, false));
		users.create(new CreateUserCommand("clerk", "陈静", StaffRole.BRANCH_STAFF, tianhe.id(), DEMO_PASSWORD, false));
		// colleagues whose generated history fills the dashboards; they sign in with the
		// same password
		String[][] colleagues = { { "th-zhao", "赵磊" }, { "th-sun", "孙悦" }, { "yx-zhou", "周洁" }, { "yx-wu", "吴昊" },
				{ "ft-zheng", "郑爽" }, { "ft-feng", "冯涛" }, { "xh-he", "何琳" }, { "xh-gao", "高翔" } };
		List<BranchSummary> at = List.of(tianhe, tianhe, yuexiu, yuexiu, futian, futian, xihu, xihu);
		for (int i = 0; i < colleagues.length; i++) {
			users.create(new CreateUserCommand(colleagues[i][0], colleagues[i][1], StaffRole.BRANCH_STAFF,
					at.get(i).id(), DEMO_PASSWORD, false));
		}
		log.info("Demo data loaded: logins admin, manager and clerk (password in README.md)");
	}

	/**
	 * The provinces' region admins, on a fresh demo and on one loaded before the role
	 * existed: Guangdong's and Zhejiang's, where those provinces are.
	 */
	private void regionAdminsWhereMissing() {
		if (users.count(new UserFilter(null, StaffRole.REGION_ADMIN, null)) > 0) {
			return;
		}
		Map<String, RegionNode> byCode = regions.all()
			.stream()
			.collect(Collectors.toMap(RegionNode::code, r -> r, (a, b) -> a));
		if (byCode.containsKey("GD")) {
			users.create(new CreateUserCommand("gd-admin", "黄志远", StaffRole.REGION_ADMIN, null, byCode.get("GD").id(),
					DEMO_PASSWORD, false));
		}
		if (byCode.containsKey("ZJ")) {
			users.create(new CreateUserCommand("zj-admin", "沈文静", StaffRole.REGION_ADMIN, null, byCode.get("ZJ").id(),
					DEMO_PASSWORD, false));
		}
	}

	private BranchSummary branch(String code, String name, RegionNode region, String address) {
		return branches.create(new BranchCommand(null, 0, code, name, region.id(), address, true));
	}

}
