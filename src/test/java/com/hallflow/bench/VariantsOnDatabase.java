package com.hallflow.bench;

import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.organization.RegionCommand;
import com.hallflow.organization.RegionService;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserSummary;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayDraft;
import com.hallflow.variant.OverlayService;
import com.hallflow.variant.OverlayState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The rebase after head office's publish as the application does it, on MariaDB: 30
 * provinces and 100 cities each publish an overlay of every standard flow (a step of
 * their own before the flow's first open point, a paragraph after a script: 910
 * overlays), then head office publishes a new version of each of the seven flows, and
 * every publish lays the regions' overlays on the new version in its own transaction
 * (read, merge, validate, write, audit). RESULT rebase_all_db_s: the seven publishes
 * together; rebased_overlays: how many overlays the system published on the new versions
 * (all 910 when nothing conflicts); overlay_publish_ms: a region's publish, mean.
 */
final class VariantsOnDatabase {

	static final int PROVINCES = 30;

	static final int CITIES = 100;

	record Result(double rebaseAllSeconds, int rebased, double overlayPublishMs) {
	}

	Result run() throws Exception {
		try (ConfigurableApplicationContext context = StepLatencyBenchmark.startOnMariaDb("hallflow_bench_variants")) {
			RegionService regions = context.getBean(RegionService.class);
			UserAccountService accounts = context.getBean(UserAccountService.class);
			FlowDesignService flows = context.getBean(FlowDesignService.class);
			OverlayService overlays = context.getBean(OverlayService.class);
			List<String> keys = StandardFlows.keys();
			Map<UserSummary, List<Long>> provinces = new LinkedHashMap<>();
			Map<Long, String> codes = new LinkedHashMap<>();
			SystemAuthentication.runAsSystem(() -> {
				context.getBean(StandardFlows.class).install();
				List<Long> provinceIds = new ArrayList<>();
				for (int p = 1; p <= PROVINCES; p++) {
					String code = "P%02d".formatted(p);
					long id = regions.create(new RegionCommand(code, "省" + p, null)).id();
					provinceIds.add(id);
					codes.put(id, code);
					UserSummary admin = accounts.create(new CreateUserCommand("rebase-" + code.toLowerCase(Locale.ROOT),
							"省" + p + "管理员", StaffRole.REGION_ADMIN, null, id, "bench-password-1", false));
					provinces.put(admin, new ArrayList<>(List.of(id)));
				}
				List<UserSummary> admins = new ArrayList<>(provinces.keySet());
				for (int c = 0; c < CITIES; c++) {
					String code = "C%03d".formatted(c);
					long id = regions.create(new RegionCommand(code, "市" + c, provinceIds.get(c % PROVINCES))).id();
					codes.put(id, code);
					provinces.get(admins.get(c % PROVINCES)).add(id);
				}
			});
			List<Double> publishes = new ArrayList<>();
			provinces.forEach((admin, ids) -> SystemAuthentication.callAs(admin, () -> {
				for (long region : ids) {
					for (String key : keys) {
						FlowDocument hq = flows.version(key, 1);
						String code = codes.get(region).toLowerCase(Locale.ROOT);
						OverlayDraft draft = overlays.draft(key, region);
						OverlayDraft saved = overlays.saveDraft(key, region, draft.lockVersion(),
								draft.overlay().withChanges(changes(hq, code)));
						long t = System.nanoTime();
						overlays.publish(key, region, saved.lockVersion(), "本地规定");
						publishes.add((System.nanoTime() - t) / 1e6);
					}
				}
				return null;
			}));
			System.out.printf("%d overlays published by %d regions%n", publishes.size(), codes.size());
			long start = System.nanoTime();
			SystemAuthentication.runAsSystem(() -> {
				for (String key : keys) {
					Draft next = flows.newDraftFrom(key, 1);
					FlowDocument document = next.document();
					Draft saved = flows.saveDraft(key, next.lockVersion(),
							new FlowDocument(document.formatVersion(), document.key(), document.name(),
									document.category(), document.description() + "（第二版）", document.icon(),
									document.targetMinutes(), document.takesEffect(), document.steps()));
					flows.publish(key, saved.lockVersion(), "第二版", null);
				}
			});
			double seconds = (System.nanoTime() - start) / 1e9;
			int rebased = SystemAuthentication.callAsSystem(() -> {
				int onNew = 0;
				for (String key : keys) {
					for (OverlayState state : overlays.overlaysOf(key)) {
						onNew += Integer.valueOf(2).equals(state.publishedBase()) ? 1 : 0;
					}
				}
				return onNew;
			});
			return new Result(seconds, rebased,
					publishes.stream().mapToDouble(Double::doubleValue).average().orElse(0));
		}
	}

	/**
	 * A step of the region's own before the flow's first point head office opened, and a
	 * paragraph after the first unlocked step's script.
	 */
	private static List<OverlayChange> changes(FlowDocument hq, String code) {
		List<OverlayChange> changes = new ArrayList<>();
		hq.steps()
			.stream()
			.filter(StepDefinition::openBefore)
			.findFirst()
			.ifPresent(open -> changes.add(OverlayChange.insertBefore(open.key(),
					StepDefinition.of("local-" + code, "本地告知 " + code, "按本地规定，请向客户说明 " + code + " 的办理须知。"))));
		hq.steps()
			.stream()
			.filter(step -> !step.locked())
			.findFirst()
			.ifPresent(step -> changes.add(OverlayChange.appendScript(step.key(), "（" + code + " 补充说明）")));
		return changes;
	}

}
