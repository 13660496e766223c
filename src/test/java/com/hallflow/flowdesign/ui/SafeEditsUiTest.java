package com.hallflow.flowdesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.Decision.Condition;
import com.hallflow.flowdesign.Decision.Operator;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edits that used to leave a draft silently broken: renaming a step key, deleting a step
 * that branches lead to, undoing a rename, a placeholder without its closing brace.
 */
class SafeEditsUiTest extends SuspendedCheckEditorTest {

	@Test
	void renaming_a_step_key_renames_every_branch_to_it_and_undo_keeps_the_step_actions() {
		editor.select("explain");
		_setValue(_get(StepEditor.class).key, "explain-plan");
		Decision decision = editor.history().steps().get(0).decision();
		assertThat(decision.otherwise()).isEqualTo(Target.step("explain-plan"));
		assertThat(editor.publish.isEnabled()).isTrue();

		_click(editor.undo);
		assertThat(editor.history().steps().get(0).decision().otherwise()).isEqualTo(Target.step("explain"));
		for (Button action : List.of(editor.stepToolbar.moveUp, editor.stepToolbar.moveDown,
				editor.stepToolbar.duplicate, editor.stepToolbar.delete)) {
			assertThat(action.isEnabled()).as(action.getId().orElseThrow()).isTrue();
		}
		assertThat(_get(StepEditor.class).key.getValue()).isEqualTo("explain");
	}

	@Test
	void input_keys_show_only_with_the_step_key_under_advanced() {
		editor.select("check");
		StepEditor step = _get(StepEditor.class);
		TextField inputKey = step.inputKeys.get(0);
		assertThat(inputKey.getValue()).isEqualTo("suspended");
		assertThat(step.advanced.isOpened()).isFalse();
		assertThat(inputKey.isVisible()).isFalse();
		step.advanced.setOpened(true);
		assertThat(inputKey.isVisible()).isTrue();
	}

	@Test
	void a_key_outside_the_pattern_or_taken_is_refused_at_the_field() {
		editor.select("explain");
		StepEditor step = _get(StepEditor.class);
		_setValue(step.key, "讲解");
		assertThat(step.key.isInvalid()).isTrue();
		assertThat(step.key.getErrorMessage()).isEqualTo(zh("flowdesign.editor.step.keyInvalid"));
		_setValue(step.key, "notice");
		assertThat(step.key.getErrorMessage()).isEqualTo(zh("flowdesign.editor.step.keyTaken", "停机提示"));
		assertThat(editor.history().steps()).extracting(StepDefinition::key)
			.containsExactly("check", "notice", "explain");
	}

	@Test
	void deleting_a_step_that_branches_lead_to_names_them_and_sends_them_elsewhere() {
		editor.select("notice");
		_click(editor.stepToolbar.delete);
		DeleteStepDialog dialog = _get(DeleteStepDialog.class);
		assertThat(_find(dialog.references, ListItem.class)).extracting(ListItem::getText)
			.containsExactly(
					zh("flowdesign.editor.deleteStep.leadsHere", "查询号码状态", zh("flowdesign.editor.deleteStep.rule", 1)));
		assertThat(dialog.redirect.getItemLabelGenerator().apply("explain")).isEqualTo("讲解变更内容");
		_setValue(dialog.redirect, "explain");
		ConfirmDialogKt._fireConfirm(dialog);

		assertThat(editor.history().steps()).extracting(StepDefinition::key).containsExactly("check", "explain");
		assertThat(editor.history().steps().get(0).decision().rules().get(0).then()).isEqualTo(Target.step("explain"));
		assertThat(editor.publish.isEnabled()).isTrue();
	}

	@Test
	void the_paths_are_listed_in_words_and_publishing_warns_about_those_not_test_run() {
		assertThat(editor.paths.summary.getText()).isEqualTo(zh("flowdesign.paths.summary", "2", 0));
		String completed = zh("flowdesign.outcome.COMPLETED");
		String suspended = "查询号码状态（号码已停机 = 是） → 停机提示 → 讲解变更内容 → " + completed;
		String otherwise = "查询号码状态（" + zh("flowdesign.diagram.otherwise") + "） → 讲解变更内容 → " + completed;
		assertThat(_find(editor.paths.list, ListItem.class)).extracting(i -> i.getElement().getTextRecursively())
			.containsExactly(suspended, otherwise);

		_click(editor.publish);
		PublishDialog dialog = _get(PublishDialog.class);
		assertThat(_find(dialog.warnings, ListItem.class)).extracting(ListItem::getText)
			.containsExactly(zh("flowdesign.paths.warnUntried", 2, "\n" + suspended + "\n" + otherwise));
		_setValue(dialog.note, "未试运行也可以发布");
		_click(dialog.publish);
		assertThat(flows.versions(key)).hasSize(1);
	}

	@Test
	void an_end_step_tells_the_customer_why_and_ends_with_an_outcome_the_designer_can_change() {
		editor.select("explain");
		_setValue(editor.stepToolbar.addStep, StepKinds.END);
		StepDefinition end = editor.history().steps().get(3);
		assertThat(end.title()).isEqualTo(zh("flowdesign.editor.kind.END"));
		assertThat(end.decision().otherwise()).isEqualTo(Target.end(Target.Outcome.NOT_ELIGIBLE));
		_setValue(_get(StepEditor.class).script, "很抱歉，欠费号码暂时不能过户，请先缴清费用。");
		assertThat(editor.paths.summary.getText()).isEqualTo(zh("flowdesign.paths.summary", "2", 0));
		assertThat(editor.paths.list.getElement().getTextRecursively()).contains(zh("flowdesign.outcome.NOT_ELIGIBLE"));
	}

	@Test
	void a_flow_with_many_paths_shows_their_count_and_lists_them_only_when_unfolded() {
		List<StepDefinition> steps = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			steps.add(StepDefinition.of("q" + i, "问题 " + i, "请回答。")
				.withInputs(List.of(InputDefinition.of("a" + i, "答案 " + i, InputType.YES_NO, true)))
				.withDecision(new Decision(List.of(new Decision.Rule(Condition.of("a" + i, Operator.EQUALS, true),
						Target.step(i < 4 ? "q" + (i + 1) : "done"))), null)));
		}
		steps.add(StepDefinition.of("done", "办结", "谢谢。"));
		Draft draft = flows.draft(key).orElseThrow();
		flows.saveDraft(key, draft.lockVersion(), draft.document().withSteps(steps));
		UI.getCurrent().navigate(FlowEditorView.class, new RouteParameters("key", key));
		FlowEditorView reopened = _get(FlowEditorView.class);

		assertThat(reopened.paths.summary.getText()).isEqualTo(zh("flowdesign.paths.summary", "32", 0));
		assertThat(reopened.paths.isOpened()).isFalse();
		assertThat(_find(reopened.paths.list, ListItem.class)).isEmpty();
		reopened.paths.setOpened(true);
		assertThat(_find(reopened.paths.list, ListItem.class)).hasSize(32);
	}

	@Test
	void an_unclosed_placeholder_is_an_error_at_the_script_field() {
		editor.select("notice");
		StepEditor step = _get(StepEditor.class);
		_setValue(step.script, "您好，{customer.name，请先缴费。");
		assertThat(step.script.isInvalid()).isTrue();
		assertThat(step.script.getErrorMessage()).contains("{customer.name，请先缴费。");
		assertThat(editor.publish.isEnabled()).isFalse();
		_setValue(step.script, "您好，{customer.name}，请先缴费。");
		assertThat(step.script.isInvalid()).isFalse();
		assertThat(editor.publish.isEnabled()).isTrue();
	}

}
