package com.hallflow.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.EndedSessionFacts;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionEndRelay;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.insight.VersionComparison;
import com.hallflow.insight.internal.SessionRollups;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class VersionComparisonUiTest extends KaribuTest {

	@Autowired
	FlowDesignService designs;

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	SessionEndRelay relay;

	@Autowired
	SessionRollups rollups;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	String flowKey;

	BranchSummary pilot;

	BranchSummary rest;

	LocalDate today;

	/**
	 * A flow in two versions: three customers served with version 1 at one branch, then
	 * version 2 published and three served at the pilot branch, one of them abandoned at
	 * 核对证件.
	 */
	@BeforeEach
	void twoVersionsServed() {
		today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		var city = fixtures.city(fixtures.province("对比省"), "对比市");
		pilot = fixtures.branch(city, "试点对比厅");
		rest = fixtures.branch(city, "其余对比厅");
		flowKey = Fixtures.unique("COMPARE_").toUpperCase();
		SystemAuthentication.runAsSystem(() -> {
			Draft draft = designs.create(new NewFlowCommand(flowKey, "对比业务", null));
			publish(draft.lockVersion(), "请核对证件");
		});
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, rest.id()));
		for (int i = 0; i < 3; i++) {
			new Clerk(sessions).finish(sessions.start(StartSessionCommand.of(flowKey)));
		}
		SystemAuthentication.runAsSystem(() -> publish(designs.newDraftFrom(flowKey, 1).lockVersion(), "请核对证件原件"));
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, pilot.id()));
		for (int i = 0; i < 2; i++) {
			new Clerk(sessions).finish(sessions.start(StartSessionCommand.of(flowKey)));
		}
		RunningSession left = sessions.start(StartSessionCommand.of(flowKey));
		sessions.abandon(new Clerk(sessions).next(left).id(), "客户离开");
		relay.relayPending();
	}

	private void publish(long lockVersion, String script) {
		Draft saved = designs.saveDraft(flowKey, lockVersion,
				flow(flowKey).step("greet").step(StepDefinition.of("check", "核对证件", script)).step("farewell").build());
		designs.publish(flowKey, saved.lockVersion(), "发布", null);
	}

	private VersionComparisonView open() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate(VersionComparisonView.class);
		VersionComparisonView view = _get(VersionComparisonView.class);
		_setValue(view.flow, flowKey);
		return view;
	}

	private static List<String> row(VersionComparisonView view, int index) {
		var row = GridKt._get(view.tables.measures, index);
		return List.of(row.measure(), row.newValue(), row.oldValue(), row.statement());
	}

	@Test
	void head_office_sees_both_versions_with_their_samples_and_too_few_to_tell() {
		VersionComparisonView view = open();
		assertThat(view.flow.getItemLabelGenerator().apply(flowKey)).isEqualTo("流程 " + flowKey);
		assertThat(view.version.getValue().number()).isEqualTo(2);
		assertThat(view.version.getItemLabelGenerator().apply(view.version.getValue()))
			.as("the day as the pickers write it, short enough for the box")
			.matches("第 2 版（\\d{4}-\\d{2}-\\d{2} 生效）");
		assertThat(view.previous.getValue()).isEqualTo(1);
		assertThat(view.tables.isVisible()).isTrue();
		assertThat(view.empty.isVisible()).isFalse();
		assertThat(view.tables.measures.getColumns().get(1).getHeaderText()).isEqualTo("新版本 第 2 版 · 试点网点");
		assertThat(view.tables.measures.getColumns().get(2).getHeaderText()).isEqualTo("旧版本 第 1 版 · 其余网点");
		assertThat(row(view, 0)).containsExactly("受理笔数", "3 笔（1 个网点）", "3 笔（1 个网点）", zh("insight.versions.say.sample"));
		assertThat(row(view, 3)).containsExactly("办结率", "66.7%（2/3）", "100.0%（3/3）",
				"样本太少，无法判断：每边至少需要 30 笔，现为 3 笔与 3 笔");
		assertThat(row(view, 1).get(3)).isEqualTo("样本太少，无法判断：每边至少需要 30 笔，现为 2 笔与 3 笔");
		assertThat(GridKt._size(view.tables.abandons)).isEqualTo(1);
		assertThat(GridKt._get(view.tables.abandons, 0).title()).isEqualTo("核对证件");
		assertThat(GridKt._getFormattedRow(view.tables.abandons, 0)).containsExactly("核对证件", "1（33.3%）", "0（0.0%）");
		assertThat(_get(Paragraph.class, spec -> spec.withId("versions-method")).getText()).contains("Welch t 检验",
				"两样本比例 z 检验", "0.05", "30");
	}

	@Test
	void in_english_counts_agree_in_number_and_brackets_are_ascii() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		UI.getCurrent().navigate(VersionComparisonView.class);
		VersionComparisonView view = _get(VersionComparisonView.class);
		_setValue(view.flow, flowKey);

		assertThat(row(view, 0)).containsExactly("Sessions", "3 sessions (1 branch)", "3 sessions (1 branch)",
				en("insight.versions.say.sample"));
		assertThat(row(view, 3).subList(0, 3)).containsExactly("Completion", "66.7% (2/3)", "100.0% (3/3)");
		assertThat(GridKt._getFormattedRow(view.tables.abandons, 0)).containsExactly("核对证件", "1 (33.3%)", "0 (0.0%)");
		assertThat(_get(Paragraph.class, spec -> spec.withId("versions-method")).getText())
			.startsWith("The new version's column counts");
	}

	@Test
	void days_without_sessions_are_said_in_words_and_bad_days_at_the_field() {
		VersionComparisonView view = open();
		_setValue(view.to, today.plusDays(30));
		_setValue(view.from, today.plusDays(20));
		assertThat(view.empty.isVisible()).isTrue();
		assertThat(view.tables.isVisible()).isFalse();
		assertThat(view.empty.getText()).isEqualTo(zh("insight.versions.noneAtAll"));
		_setValue(view.from, today.plusDays(40));
		assertThat(view.to.isInvalid()).isTrue();
		assertThat(view.to.getErrorMessage()).isEqualTo(zh("insight.filter.dates"));
	}

	@Test
	void a_clear_difference_is_stated_with_its_test_and_p() {
		LocalDate day = today.plusDays(3);
		Instant end = day.atTime(11, 0).atZone(ClockConfiguration.BUSINESS_ZONE).toInstant();
		List<EndedSessionFacts> ended = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			boolean isNew = i % 2 == 0;
			long seconds = (isNew ? 200 : 260) + (i % 10) * 3;
			ended.add(new EndedSessionFacts("ui-" + flowKey + "-" + i, isNew ? pilot.id() : rest.id(), 1, "员工", flowKey,
					isNew ? 2 : 1, null, false, SessionStatus.ENDED, "COMPLETED", end.minusSeconds(seconds), end, day,
					null, null, List.of(), List.of()));
		}
		SystemAuthentication.runAsSystem(() -> transaction.executeWithoutResult(status -> rollups.fold(ended)));
		VersionComparisonView view = open();
		_setValue(view.to, day);
		_setValue(view.from, day);
		// version 2: 200 s + 0, 6, 12, 18 or 24 (mean 212); version 1: 260 s + 3 … 27
		// (mean 275)
		assertThat(row(view, 1)).containsExactly("平均时长", "3:32", "4:35", "新版本平均办理时长短 63 秒，差异显著（Welch t 检验，p < 0.001）");
		assertThat(row(view, 3).get(3)).isEqualTo("新旧版本办结率相同，差异在随机波动范围内（两样本比例 z 检验，p = 1.00）");
		assertThat(VersionComparison.MIN_SAMPLE).isEqualTo(30);
	}

}
