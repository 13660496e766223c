package com.hallflow.bench;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.hallflow.HallFlowApplication;
import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowJson;
import com.hallflow.flowdesign.FlowPaths;
import com.hallflow.flowdesign.FlowValidator;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowdesign.ui.FlowEditorViewAccess;
import com.hallflow.security.AppRoles;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.SystemAuthentication;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kotlin.jvm.functions.Function0;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A 300-step draft in the designer: RESULT open_300_ms (server time to build the editor
 * for it, median), validate_300_ms (the validator, median), roundtrip_300_ms (export of a
 * published version and import of it as a draft, through the service and the database,
 * median), typed_rule_convert_ms (reading the same flow written in format 1 — every
 * condition's value as text — checked and converted to format 2, median), paths_300_ms
 * (every path of the flow counted and the first 200 listed, as the designer shows them,
 * median).
 */
final class DesignerBenchmark {

	static final int STEPS = 300;

	void run() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HallFlowApplication.class)
			.profiles("test")
			.properties("server.port=0", "logging.level.root=WARN", BenchSupport.withoutFlowable())
			.run()) {
			FlowDesignService flows = context.getBean(FlowDesignService.class);
			String key = "BENCH_300";
			FlowDocument doc = generate(key);
			SystemAuthentication.runAsSystem(() -> {
				context.getBean(StandardFlows.class).install();
				Draft draft = flows.create(new NewFlowCommand(key, "三百步流程", "压测"));
				Draft saved = flows.saveDraft(key, draft.lockVersion(), doc);
				flows.publish(key, saved.lockVersion(), "基准测试", null);
				flows.newDraftFrom(key, 1);
			});

			Map<String, Set<String>> calls = SystemAuthentication.callAsSystem(flows::publishedCalls);
			FlowValidator validator = new FlowValidator(calls);
			int issues = validator.validate(doc).size();
			double validate = median(60, 20, () -> validator.validate(doc));

			double roundtrip = median(20, 5,
					() -> SystemAuthentication.callAsSystem(() -> flows.importDraft(flows.export(key, 1))));

			String formatOne = asFormatOne(doc);
			if (!FlowJson.read(formatOne).equals(doc)) {
				throw new IllegalStateException("the format 1 text does not convert to the generated flow");
			}
			double convert = median(40, 10, () -> FlowJson.read(formatOne));

			Map<String, Set<Target.Outcome>> callOutcomes = Map.of("BILL_PAYMENT",
					FlowPaths.endings(SystemAuthentication.callAsSystem(() -> flows.version("BILL_PAYMENT", 1))));
			FlowPaths.Listing listing = FlowPaths.of(doc, callOutcomes, 200);
			double paths = median(20, 5, () -> FlowPaths.of(doc, callOutcomes, 200));

			double open = measureOpen(context, key);
			System.out.printf("validator found %d issue(s) in the %d-step flow%n", issues, STEPS);
			System.out.printf("RESULT open_300_ms=%.1f%n", open);
			System.out.printf("RESULT validate_300_ms=%.2f%n", validate);
			System.out.printf("RESULT roundtrip_300_ms=%.1f%n", roundtrip);
			System.out.printf("RESULT typed_rule_convert_ms=%.1f%n", convert);
			System.out.printf("the 300-step flow has %d paths; %d listed%n", listing.total(), listing.paths().size());
			System.out.printf("RESULT paths_300_ms=%.2f%n", paths);
		}
	}

	private double measureOpen(ConfigurableApplicationContext context, String key) {
		Function0<UI> uiFactory = UI::new;
		MockVaadin.setup(uiFactory,
				new MockSpringServlet(new Routes().autoDiscoverViews("com.hallflow"), context, uiFactory));
		try {
			String username = SystemAuthentication
				.callAsSystem(() -> context.getBean(UserAccountService.class)
					.create(new CreateUserCommand("bench-admin", "基准测试管理员", StaffRole.HQ_ADMIN, null,
							"bench-password-1", false)))
				.username();
			UsernamePasswordAuthenticationToken admin = UsernamePasswordAuthenticationToken.authenticated(username,
					null, List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.HQ_ADMIN)));
			SecurityContextHolder.getContext().setAuthentication(admin);
			FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
			request.setUserPrincipalInt(admin);
			request.setUserInRole((principal, role) -> AppRoles.HQ_ADMIN.equals(role));
			return medianOfTimed(10, 3, () -> {
				UI.getCurrent().navigate("flows");
				long start = System.nanoTime();
				FlowEditorViewAccess.open(key);
				return System.nanoTime() - start;
			});
		}
		finally {
			MockVaadin.tearDown();
			SecurityContextHolder.clearContext();
		}
	}

	static FlowDocument generate(String key) {
		List<StepDefinition> steps = new ArrayList<>();
		for (int i = 0; i < STEPS; i++) {
			String stepKey = "s" + i;
			List<InputDefinition> inputs = List.of(new InputDefinition("in" + i, "录入 " + i,
					i % 3 == 0 ? InputType.YES_NO : InputType.MONEY, true, List.of(), List.of()));
			Decision decision = null;
			if (i % 10 == 5 && i + 3 < STEPS) {
				decision = new Decision(
						List.of(new Decision.Rule(test(i - 2), Target.call("BILL_PAYMENT", "s" + (i + 1))),
								new Decision.Rule(test(i), Target.step("s" + (i + 3)))),
						null);
			}
			steps.add(new StepDefinition(stepKey, "第 " + i + " 步", null,
					"您好，{customer.name}，本次金额 {input.in" + (i - i % 3 + 1) + "} 元，请在{branch.name}办理。",
					List.of(new ChecklistItem("核对 " + i, i % 2 == 0)), inputs, i % 50 == 0, decision, i % 25 == 0,
					false));
		}
		return new FlowDocument(FlowDocument.CURRENT_FORMAT, key, "三百步流程", "压测", null, null, 30, steps);
	}

	/** A test of input {@code in<i>} typed as that input is: yes/no or an amount. */
	private static Decision.Condition test(int i) {
		return i % 3 == 0 ? Decision.Condition.of("in" + i, Decision.Operator.EQUALS, true)
				: Decision.Condition.of("in" + i, Decision.Operator.GREATER_THAN, new BigDecimal("100"));
	}

	/** The same document as format 1 wrote it: every condition's value as text. */
	static String asFormatOne(FlowDocument doc) {
		return FlowJson.write(doc)
			.replace("\"formatVersion\" : 2", "\"formatVersion\" : 1")
			.replace("\"value\" : true", "\"value\" : \"true\"")
			.replaceAll("\"value\" : (\\d+)", "\"value\" : \"$1\"");
	}

	private static double median(int runs, int warmup, Supplier<?> work) {
		return medianOfTimed(runs, warmup, () -> {
			long start = System.nanoTime();
			work.get();
			return System.nanoTime() - start;
		});
	}

	private static double medianOfTimed(int runs, int warmup, Supplier<Long> timedNanos) {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < warmup + runs; i++) {
			long nanos = timedNanos.get();
			if (i >= warmup) {
				millis.add(nanos / 1e6);
			}
		}
		return millis.stream().sorted().toList().get(runs / 2);
	}

}
