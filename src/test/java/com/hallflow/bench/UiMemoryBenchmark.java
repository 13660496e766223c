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
import com.vaadin.flow.component.html.Div;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Live heap per open guided screen: the heap after full GC with no screens and with 1,000
 * guided screens attached (each on its own session, two steps in, with its run state
 * cached as on a busy node), built by the real view and services under Karibu. RESULT
 * heap_kb_per_clerk_screen.
 */
final class UiMemoryBenchmark {

	static final int SCREENS = 1_000;

	void run() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HallFlowApplication.class)
			.profiles("test")
			.properties("server.port=0", "logging.level.root=WARN", BenchSupport.withoutFlowable())
			.run()) {
			String clerk = SystemAuthentication.callAsSystem(() -> {
				context.getBean(StandardFlows.class).install();
				long region = context.getBean(RegionService.class).create(new RegionCommand("MEM", "内存省", null)).id();
				long branch = context.getBean(BranchService.class)
					.create(new BranchCommand(null, 0, "MEM-001", "内存营业厅", region, "内存路 1 号", true))
					.id();
				return context.getBean(UserAccountService.class)
					.create(new CreateUserCommand("mem-clerk", "内存营业员", StaffRole.BRANCH_STAFF, branch,
							"bench-password-1", false))
					.username();
			});
			Function0<UI> uiFactory = UI::new;
			MockVaadin.setup(uiFactory,
					new MockSpringServlet(new Routes().autoDiscoverViews("com.hallflow"), context, uiFactory));
			UI.getCurrent().setLocale(TranslationProvider.CHINESE);
			BenchSupport.signInClerkToKaribu(clerk);
			try {
				ServiceSessionService sessions = context.getBean(ServiceSessionService.class);
				// warm up the classes and caches with screens that are thrown away
				open(context, sessions, 50).clear();
				UI.getCurrent().removeAll();
				long before = liveHeap();
				List<Component> screens = open(context, sessions, SCREENS);
				long after = liveHeap();
				double perScreen = (after - before) / 1024.0 / SCREENS;
				System.out.printf("live heap: %.1f MB with no screens, %.1f MB with %d screens (%d components)%n",
						before / 1048576.0, after / 1048576.0, screens.size(), count(UI.getCurrent()));
				System.out.printf("RESULT heap_kb_per_clerk_screen=%.1f%n", perScreen);
			}
			finally {
				MockVaadin.tearDown();
				SecurityContextHolder.clearContext();
			}
		}
	}

	private static List<Component> open(ConfigurableApplicationContext context, ServiceSessionService sessions,
			int count) {
		Clerk clerk = new Clerk(sessions);
		List<Component> screens = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			RunningSession session = sessions
				.start(new StartSessionCommand("PLAN_CHANGE", false, "王先生", Clerk.MOBILE, "GOLD"));
			session = clerk.next(clerk.next(session));
			Component screen = GuidedRunViewAccess.open(context, session.id());
			Div holder = new Div(screen);
			UI.getCurrent().add(holder);
			screens.add(screen);
		}
		return screens;
	}

	private static long count(Component root) {
		return 1 + root.getChildren().mapToLong(UiMemoryBenchmark::count).sum();
	}

	private static long liveHeap() throws InterruptedException {
		for (int i = 0; i < 4; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
