package com.hallflow.flowexecution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.Decision.Condition;
import com.hallflow.flowdesign.Decision.Operator;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowdesign.ui.FlowEditorViewAccess;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.flowexecution.RecordFilter;
import com.hallflow.security.StaffRole;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 试运行: head office runs a draft in the counter's own screen, calls included, without
 * publishing and without storing anything; the path it took is ticked in the designer.
 */
class DraftTrialUiTest extends KaribuTest {

	@Autowired
	FlowDesignService flows;

	@Autowired
	StandardFlows standardFlows;

	String key;

	@BeforeEach
	void draftWithTwoDecisions() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		standardFlows.install();
		key = Fixtures.unique("TRIAL_FLOW_").toUpperCase();
		flows.create(new NewFlowCommand(key, "试运行流程", "测试"));
		Draft draft = flows.draft(key).orElseThrow();
		flows.saveDraft(key, draft.lockVersion(),
				new FlowDocument(FlowDocument.CURRENT_FORMAT, key, "试运行流程", "测试", null, null, null, List.of(
						StepDefinition.of("check", "查询号码状态", "您好，{customer.name}。")
							.withInputs(List.of(InputDefinition.of("suspended", "号码已停机", InputType.YES_NO, true)))
							.withDecision(
									new Decision(
											List.of(new Decision.Rule(Condition.of("suspended", Operator.EQUALS, true),
													Target.call("BILL_PAYMENT", "explain"))),
											null)),
						StepDefinition.of("eligible", "核对过户条件", "请稍等。")
							.withInputs(List.of(new InputDefinition("state", "号码状况", InputType.CHOICE, true,
									List.of("可以过户", "欠费不能过户"), List.of())))
							.withDecision(new Decision(
									List.of(new Decision.Rule(Condition.of("state", Operator.EQUALS, "欠费不能过户"),
											Target.end(Target.Outcome.NOT_ELIGIBLE))),
									null)),
						StepDefinition.of("explain", "讲解变更内容", "新套餐下月生效。"))));
	}

	@Test
	void a_draft_runs_to_an_end_in_the_counters_screen_and_its_path_is_ticked_in_the_designer() {
		UI.getCurrent().navigate("flows/" + key + "/trial");
		DraftTrialView trial = _get(DraftTrialView.class);
		assertThat(trial.heading.getText()).isEqualTo(zh("flowexecution.trial.title", "试运行流程"));
		assertThat(trial.screen.getElement().getTextRecursively()).contains(zh("flowdesign.sample.customerName"));
		assertThat(trial.back.isEnabled()).isFalse();

		_click(trial.next);
		assertThat(trial.trial().ended()).as("a required yes/no is refused as at the counter").isFalse();
		trial.screen.fill(Map.of("suspended", "false"));
		_click(trial.next);
		assertThat(trial.where.getText()).contains("核对过户条件");
		trial.screen.fill(Map.of("state", "欠费不能过户"));
		_click(trial.next);

		assertThat(trial.result.getText())
			.isEqualTo(zh("flowexecution.trial.ended", zh(Target.Outcome.NOT_ELIGIBLE.messageKey()), 2));
		assertThat(trial.again.isVisible()).isTrue();
		assertThat(flows.trials(key).count()).isEqualTo(1);

		// the tick is kept with the draft, not the browser session: another head-office
		// admin sees it
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		FlowEditorViewAccess.open(key);
		Span summary = _get(Span.class, s -> s.withId("paths-summary"));
		assertThat(summary.getText()).isEqualTo(zh("flowdesign.paths.summary", "4", 1));
		assertThat(_find(ListItem.class, s -> s.withClasses("path-tried"))).singleElement()
			.extracting(i -> i.getElement().getTextRecursively())
			.isEqualTo("查询号码状态（" + zh("flowdesign.diagram.otherwise") + "） → 核对过户条件（号码状况 = 欠费不能过户） → "
					+ zh(Target.Outcome.NOT_ELIGIBLE.messageKey()));
		assertThat(_find(ListItem.class, s -> s.withClasses("path-untried"))).hasSize(3);

		// publishing ends the draft: the next one starts untried
		flows.publish(key, flows.draft(key).orElseThrow().lockVersion(), "试运行后发布", null);
		flows.newDraftFrom(key, 1);
		assertThat(flows.trials(key).count()).isZero();
	}

	@Test
	void in_english_the_note_reads_plainly_and_a_chinese_script_is_filled_with_the_chinese_samples() {
		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		UI.getCurrent().navigate("flows/" + key + "/trial");
		DraftTrialView trial = _get(DraftTrialView.class);

		assertThat(_get(Paragraph.class, s -> s.withClasses("trial-note")).getText())
			.startsWith("A test-run uses the clerks' own screen")
			.endsWith("and is not counted in any figures.")
			.doesNotContain("’");
		assertThat(trial.screen.getElement().getTextRecursively())
			.contains("您好，" + zh("flowdesign.sample.customerName"))
			.doesNotContain("Mr Zhang");
	}

	@Test
	void a_call_runs_the_published_flow_and_going_back_returns_to_the_draft() {
		UI.getCurrent().navigate("flows/" + key + "/trial");
		DraftTrialView trial = _get(DraftTrialView.class);
		trial.screen.fill(Map.of("suspended", "true"));
		_click(trial.next);
		assertThat(trial.where.getText()).startsWith("试运行流程 › 缴费");
		_click(trial.back);
		assertThat(trial.where.getText()).isEqualTo("试运行流程 · 查询号码状态");
	}

	@Test
	void a_trial_stores_nothing_and_a_draft_with_errors_cannot_be_tried() {
		long before = records();
		UI.getCurrent().navigate("flows/" + key + "/trial");
		DraftTrialView trial = _get(DraftTrialView.class);
		trial.screen.fill(Map.of("suspended", "false"));
		_click(trial.next);
		trial.screen.fill(Map.of("state", "可以过户"));
		_click(trial.next);
		_click(trial.next);
		assertThat(trial.trial().ended()).isTrue();
		assertThat(records()).isEqualTo(before);

		Draft draft = flows.draft(key).orElseThrow();
		flows.saveDraft(key, draft.lockVersion(),
				draft.document()
					.withSteps(List.of(StepDefinition.of("a", "第一步", "您好")
						.withDecision(new Decision(List.of(), Target.step("missing"))))));
		UI.getCurrent().navigate("flows");
		UI.getCurrent().navigate("flows/" + key + "/trial");
		trial = _get(DraftTrialView.class);
		assertThat(trial.result.getText()).isEqualTo(zh("flowexecution.trial.hasErrors"));
		assertThat(trial.next.isVisible()).isFalse();
	}

	@Autowired
	SessionRecordService records;

	private long records() {
		return records.count(RecordFilter.any());
	}

}
