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
import com.hallflow.organization.RegionService;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kotlin.jvm.functions.Function0;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Server time of one step transition (Next pressed → the next step's screen built) with 50
 * clerks working at once, each in their own Vaadin session under Karibu, through the real
 * guided screen, session service and MariaDB. RESULT step_p95_ms (and p50, transitions/s).
 */
final class StepLatencyBenchmark {

    static final int CLERKS = 50;
    static final long WARMUP_MS = 5_000;
    static final long MEASURE_MS = 20_000;

    void run() throws Exception {
        String url = BenchSupport.freshMariaDb("hallflow_bench_ui");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HallFlowApplication.class)
                .profiles("test", "mysql")
                .properties("HALLFLOW_DB_URL=" + url, "HALLFLOW_DB_USER=root", "HALLFLOW_DB_PASSWORD=",
                        "server.port=0", "logging.level.root=WARN", "spring.datasource.hikari.maximum-pool-size=20",
                        BenchSupport.withoutFlowable()).run()) {
            List<String> clerks = SystemAuthentication.callAsSystem(() -> {
                context.getBean(StandardFlows.class).install();
                long region = context.getBean(RegionService.class).create(new RegionCommand("LAT", "延迟省", null)).id();
                long branch = context.getBean(BranchService.class).create(new BranchCommand(null, 0, "LAT-001",
                        "延迟营业厅", region, "延迟路 1 号", true)).id();
                List<String> names = new ArrayList<>();
                for (int i = 0; i < CLERKS; i++) {
                    names.add(context.getBean(UserAccountService.class).create(new CreateUserCommand("lat-clerk-" + i,
                            "延迟营业员 " + i, StaffRole.BRANCH_STAFF, branch, "bench-password-1", false)).username());
                }
                return names;
            });
            ServiceSessionService sessions = context.getBean(ServiceSessionService.class);
            ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
            CountDownLatch ready = new CountDownLatch(CLERKS);
            long[] window = new long[2];
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (String clerk : clerks) {
                futures.add(pool.submit(() -> {
                    Function0<UI> uiFactory = UI::new;
                    MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("com.hallflow"),
                            context, uiFactory));
                    UI.getCurrent().setLocale(TranslationProvider.CHINESE);
                    BenchSupport.signInClerk(clerk);
                    ready.countDown();
                    ready.await();
                    try {
                        return work(context, sessions, window);
                    } finally {
                        MockVaadin.tearDown();
                    }
                }));
            }
            ready.await();
            synchronized (window) {
                window[0] = System.currentTimeMillis() + WARMUP_MS;
                window[1] = window[0] + MEASURE_MS;
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> future : futures) {
                all.addAll(future.get());
            }
            pool.shutdown();
            System.out.printf("%d clerks, %d step transitions measured in %.0f s%n", CLERKS, all.size(),
                    MEASURE_MS / 1000.0);
            System.out.printf("RESULT transitions_per_s=%.1f%n", all.size() / (MEASURE_MS / 1000.0));
            System.out.printf("RESULT step_p50_ms=%.2f%n", BenchSupport.percentile(all, 0.50));
            System.out.printf("RESULT step_p95_ms=%.2f%n", BenchSupport.percentile(all, 0.95));
        }
    }

    private static List<Double> work(ConfigurableApplicationContext context, ServiceSessionService sessions,
                                     long[] window) {
        Clerk clerk = new Clerk(sessions);
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
            RunningSession session = sessions.start(StartSessionCommand.of("NEW_SUBSCRIPTION"));
            UI.getCurrent().removeAll();
            Component screen = GuidedRunViewAccess.open(context, session.id());
            UI.getCurrent().add(screen);
            while (GuidedRunViewAccess.session(screen).running()) {
                RunningSession now = GuidedRunViewAccess.session(screen);
                var filled = clerk.fill(now);
                long t = System.nanoTime();
                GuidedRunViewAccess.next(screen, filled);
                double ms = (System.nanoTime() - t) / 1e6;
                long at = System.currentTimeMillis();
                if (from != 0 && at >= from && at < until) {
                    millis.add(ms);
                }
                if (GuidedRunViewAccess.session(screen).sequence() == now.sequence()) {
                    throw new IllegalStateException("the step did not move: " + now.currentStep().key());
                }
                if (!GuidedRunViewAccess.session(screen).running() || UI.getCurrent().getChildren()
                        .noneMatch(c -> c == screen)) {
                    break;
                }
            }
        }
    }
}
