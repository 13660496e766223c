package com.hallflow.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.hallflow.HallFlowApplication;
import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.flowexecution.ui.GuidedRunViewAccess;
import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionCommand;
import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.security.UserSummary;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayDraft;
import com.hallflow.variant.OverlayService;
import com.hallflow.organization.RegionService;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kotlin.jvm.functions.Function0;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Server time of one step transition (Next pressed → the next step's screen built, or the
 * receipt after the last step) with 50 clerks working at once, each in their own Vaadin
 * session under Karibu, through the real guided screen, session service and MariaDB on 2
 * cores; the clerks work in five branches of ten counters each (one node serves a
 * region's branches). Three phases: first as a very busy counter works right after the
 * node started (each clerk pauses 1–3 s between steps to talk to the customer; real steps
 * take longer): RESULT cold_step_p95_ms, cold_finishing_step_p50_ms. Then with no pause
 * at all, to show where the machine saturates: RESULT saturated_transitions_per_s,
 * saturated_step_p95_ms. Then the busy counter again on a node that has served a while,
 * whose JIT has compiled the whole session path, receipt included: RESULT step_p50_ms,
 * step_p95_ms, and apart the ordinary steps and the last step of a session (Next →
 * receipt). A node serves all day, so the goal is on the third phase; the first shows
 * what clerks meet in the first minute after a node starts (a receipt is built once per
 * session, so its code is still interpreted or half-compiled 10 s after the start).
 */
final class StepLatencyBenchmark {

	static final int CLERKS = Integer.getInteger("clerks", 50);

	/**
	 * A busy branch: ten counters; the 50 clerks work in five such branches served by one
	 * node.
	 */
	static final int CLERKS_PER_BRANCH = 10;
	static final long WARMUP_MS = 10_000;

	/**
	 * Steps a clerk had to press Next for again, because the screen said it was not
	 * saved.
	 */
	static final AtomicInteger RETRIED = new AtomicInteger();
	static final long MEASURE_MS = 30_000;

	void run() throws Exception {
		try (ConfigurableApplicationContext context = StepLatencyBenchmark.startOnMariaDb("hallflow_bench_ui")) {
			List<String> clerks = clerks(context);
			ServiceSessionService sessions = context.getBean(ServiceSessionService.class);
			List<Double> coldMarked = phase(context, sessions, clerks, 1_000, 3_000);
			List<Double> saturated = phase(context, sessions, clerks, 0, 0).stream().map(Math::abs).toList();
			List<Double> busyMarked = phase(context, sessions, clerks, 1_000, 3_000);
			List<Double> cold = coldMarked.stream().map(Math::abs).toList();
			List<Double> busy = busyMarked.stream().map(Math::abs).toList();
			System.out.printf(
					"%d clerks: %d step transitions in %.0f s with pauses right after the start, %d without,"
							+ " %d with pauses again%n",
					CLERKS, cold.size(), MEASURE_MS / 1000.0, saturated.size(), busy.size());
			System.out.printf("RESULT cold_step_p95_ms=%.2f%n", BenchSupport.percentile(cold, 0.95));
			System.out.printf("RESULT cold_finishing_step_p50_ms=%.2f%n",
					BenchSupport.percentile(finishing(coldMarked), 0.50));
			System.out.printf("RESULT transitions_per_s=%.1f%n", busy.size() / (MEASURE_MS / 1000.0));
			System.out.printf("RESULT step_p50_ms=%.2f%n", BenchSupport.percentile(busy, 0.50));
			System.out.printf("RESULT step_p95_ms=%.2f%n", BenchSupport.percentile(busy, 0.95));
			System.out.printf("RESULT ordinary_step_p95_ms=%.2f%n",
					BenchSupport.percentile(busyMarked.stream().filter(ms -> ms >= 0).toList(), 0.95));
			System.out.printf("RESULT finishing_step_p50_ms=%.2f%n",
					BenchSupport.percentile(finishing(busyMarked), 0.50));
			System.out.printf("RESULT finishing_step_p95_ms=%.2f%n",
					BenchSupport.percentile(finishing(busyMarked), 0.95));
			System.out.printf("RESULT saturated_transitions_per_s=%.1f%n", saturated.size() / (MEASURE_MS / 1000.0));
			System.out.printf("RESULT saturated_step_p95_ms=%.2f%n", BenchSupport.percentile(saturated, 0.95));
			System.out.printf("RESULT retried_steps=%d%n", RETRIED.get());
		}
	}

	/** The last steps of sessions (Next → receipt), kept with a negative sign. */
	private static List<Double> finishing(List<Double> marked) {
		return marked.stream().filter(ms -> ms < 0).map(Math::abs).toList();
	}

	static List<Double> phase(ConfigurableApplicationContext context, ServiceSessionService sessions,
			List<String> clerks, long minPauseMs, long maxPauseMs) throws Exception {
		return phase(context, sessions, clerks, minPauseMs, maxPauseMs, WARMUP_MS, MEASURE_MS);
	}

	/**
	 * The application as it ships, on a fresh MariaDB database, with a web server on a
	 * free port and a pool of 20 connections for the 50 clerks.
	 */
	static ConfigurableApplicationContext startOnMariaDb(String database) throws Exception {
		String url = BenchSupport.freshMariaDb(database);
		return new SpringApplicationBuilder(HallFlowApplication.class).profiles("test", "mysql")
			.properties("HALLFLOW_DB_URL=" + url, "HALLFLOW_DB_USER=root", "HALLFLOW_DB_PASSWORD=", "server.port=0",
					"logging.level.root=WARN", "spring.datasource.hikari.maximum-pool-size=20",
					BenchSupport.withoutFlowable())
			.run();
	}

	/**
	 * The standard flows and {@link #CLERKS} clerks in branches of
	 * {@link #CLERKS_PER_BRANCH} counters in one region.
	 */
	static List<String> clerks(ConfigurableApplicationContext context) throws Exception {
		return SystemAuthentication.callAsSystem(() -> {
			context.getBean(StandardFlows.class).install();
			long region = context.getBean(RegionService.class).create(new RegionCommand("LAT", "延迟省", null)).id();
			provincesVariant(context, region);
			List<String> names = new ArrayList<>();
			long branch = 0;
			for (int i = 0; i < CLERKS; i++) {
				if (i % CLERKS_PER_BRANCH == 0) {
					branch = context.getBean(BranchService.class)
						.create(new BranchCommand(null, 0, "LAT-" + (100 + i), "延迟营业厅 " + i, region, "延迟路 " + i + " 号",
								true))
						.id();
				}
				names.add(context.getBean(UserAccountService.class)
					.create(new CreateUserCommand("lat-clerk-" + i, "延迟营业员 " + i, StaffRole.BRANCH_STAFF, branch,
							"bench-password-1", false))
					.username());
			}
			return names;
		});
	}

	/**
	 * The province varies 新入网 as a province would (docs/architecture.md §14): a step of
	 * its own before 选择号码 and a paragraph after 核验身份's script, so every session measured
	 * runs an edition with an overlay, not head office's version as it is.
	 */
	static void provincesVariant(ConfigurableApplicationContext context, long region) {
		UserSummary admin = context.getBean(UserAccountService.class)
			.create(new CreateUserCommand("lat-region", "延迟省公司", StaffRole.REGION_ADMIN, null, region,
					"bench-password-1", false));
		SystemAuthentication.callAs(admin, () -> {
			OverlayService overlays = context.getBean(OverlayService.class);
			OverlayDraft draft = overlays.draft("NEW_SUBSCRIPTION", region);
			StepDefinition localRule = StepDefinition.of("local-number-rule", "本省选号规则", "按本省规定，尾号 4 的号码免选号费，靓号须预存话费。")
				.withChecklist(List.of(new ChecklistItem("已告知本省选号规则", false)));
			OverlayDraft saved = overlays.saveDraft("NEW_SUBSCRIPTION", region, draft.lockVersion(),
					draft.overlay()
						.withChanges(List.of(OverlayChange.insertBefore("choose-number", localRule),
								OverlayChange.appendScript("verify-identity", "本省另须核对证件有效期。"))));
			return overlays.publish("NEW_SUBSCRIPTION", region, saved.lockVersion(), "本省选号规则");
		});
	}

	/**
	 * The clerks work for {@code warmupMs} and then {@code measureMs}; the step times of
	 * the second part are returned, a session's last step with a negative sign.
	 */
	static List<Double> phase(ConfigurableApplicationContext context, ServiceSessionService sessions,
			List<String> clerks, long minPauseMs, long maxPauseMs, long warmupMs, long measureMs) throws Exception {
		{
			// Vaadin navigation through Spring proxies runs deep: give each clerk thread
			// a roomy stack
			ExecutorService pool = Executors.newFixedThreadPool(CLERKS,
					r -> new Thread(null, r, "clerk", 4L * 1024 * 1024));
			CountDownLatch ready = new CountDownLatch(CLERKS);
			long[] window = new long[2];
			List<Future<List<Double>>> futures = new ArrayList<>();
			for (String clerk : clerks) {
				futures.add(pool.submit(() -> {
					Function0<UI> uiFactory = UI::new;
					MockVaadin.setup(uiFactory,
							new MockSpringServlet(new Routes().autoDiscoverViews("com.hallflow"), context, uiFactory));
					UI.getCurrent().setLocale(TranslationProvider.CHINESE);
					BenchSupport.signInClerkToKaribu(clerk);
					ready.countDown();
					ready.await();
					try {
						return work(context, sessions, window, minPauseMs, maxPauseMs);
					}
					finally {
						MockVaadin.tearDown();
					}
				}));
			}
			ready.await();
			synchronized (window) {
				window[0] = System.currentTimeMillis() + warmupMs;
				window[1] = window[0] + measureMs;
			}
			List<Double> all = new ArrayList<>();
			for (Future<List<Double>> future : futures) {
				all.addAll(future.get());
			}
			pool.shutdown();
			return all;
		}
	}

	private static List<Double> work(ConfigurableApplicationContext context, ServiceSessionService sessions,
			long[] window, long minPauseMs, long maxPauseMs) throws InterruptedException {
		Clerk clerk = new Clerk(sessions);
		Random random = new Random();
		List<Double> millis = new ArrayList<>();
		while (true) {
			long from;
			long until;
			synchronized (window) {
				from = window[0];
				until = window[1];
			}
			if (until != 0 && System.currentTimeMillis() >= until) {
				return millis;
			}
			RunningSession session = startRetrying(sessions);
			Component screen = GuidedRunViewAccess.navigate(session.id());
			respond();
			while (GuidedRunViewAccess.session(screen).running()) {
				RunningSession now = GuidedRunViewAccess.session(screen);
				var filled = clerk.fill(now);
				if (maxPauseMs > 0) {
					Thread.sleep(minPauseMs + (long) (random.nextDouble() * (maxPauseMs - minPauseMs)));
				}
				long t = System.nanoTime();
				GuidedRunViewAccess.next(screen, filled);
				respond();
				double ms = (System.nanoTime() - t) / 1e6;
				long at = System.currentTimeMillis();
				synchronized (window) {
					from = window[0];
					until = window[1];
				}
				boolean finished = GuidedRunViewAccess.showsReceipt(screen);
				if (from != 0 && at >= from && at < until) {
					// the last step of a session (Next → receipt) is kept with a negative
					// sign
					millis.add(finished ? -ms : ms);
				}
				if (GuidedRunViewAccess.session(screen).sequence() == now.sequence()) {
					// refused: the database gave no connection in time (the cold start of
					// 50
					// clerks at once); the clerk presses Next again, as the screen asks
					RETRIED.incrementAndGet();
					continue;
				}
				if (finished) {
					break;
				}
			}
		}
	}

	/**
	 * Starts a session; a start the database refused in the cold start is tried again.
	 */
	private static RunningSession startRetrying(ServiceSessionService sessions) throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				return sessions.start(StartSessionCommand.of("NEW_SUBSCRIPTION"));
			}
			catch (RuntimeException refused) {
				if (attempt == 5) {
					throw refused;
				}
				RETRIED.incrementAndGet();
				Thread.sleep(200);
			}
		}
	}

	/**
	 * What the server does before it answers a request: runs the before-response
	 * callbacks and encodes the UI's changes as the UIDL response (the same writer the
	 * servlet uses), which also clears them. Karibu alone never does this, so changes
	 * would pile up in each mock UI.
	 */
	private static void respond() {
		new UidlWriter().createUidl(UI.getCurrent(), false);
	}

}
