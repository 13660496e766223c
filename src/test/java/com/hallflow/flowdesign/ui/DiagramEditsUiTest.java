package com.hallflow.flowdesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Editing on the diagram: "+" on a branch, a branch sent elsewhere, a step deleted from
 * its node; each through the draft, the validator and undo as the list's edits. Also:
 * keys of new steps are made from their titles.
 */
class DiagramEditsUiTest extends SuspendedCheckEditorTest {

	@Test
	void plus_on_a_rule_asks_the_kind_says_where_in_words_and_puts_the_step_there_with_a_key_from_its_title() {
		fire("edge-insert", "event.detail.branch", "rule:1:check");
		InsertStepDialog dialog = _get(InsertStepDialog.class);
		assertThat(_get(dialog, Paragraph.class, s -> s.withId("insert-step-where")).getText())
			.isEqualTo("新步骤插入在“查询号码状态”的分支“号码已停机 = 是”上");
		_click(_get(dialog, Button.class, s -> s.withId("insert-kind-end")));

		FlowDocument doc = editor.history();
		assertThat(doc.steps()).extracting(StepDefinition::key)
			.containsExactly("check", "jie-shu-bing-gao-zhi-ke-hu", "notice", "explain");
		assertThat(doc.steps().get(0).decision().rules().get(0).then())
			.isEqualTo(Target.step("jie-shu-bing-gao-zhi-ke-hu"));
		// the new step is selected, in the editor, and can be undone like any other edit
		assertThat(_get(StepEditor.class).title.getValue()).isEqualTo("结束并告知客户");
		_click(editor.undo);
		assertThat(editor.history().steps()).extracting(StepDefinition::key)
			.containsExactly("check", "notice", "explain");
		assertThat(editor.history().steps().get(0).decision().rules().get(0).then()).isEqualTo(Target.step("notice"));
	}

	@Test
	void a_branch_sent_to_an_end_changes_only_that_branch_and_undo_brings_it_back() {
		fire("edge-redirect", "event.detail.branch", "otherwise:check", "event.detail.to", "end:DECLINED");
		assertThat(editor.history().steps().get(0).decision().otherwise())
			.isEqualTo(Target.end(Target.Outcome.DECLINED));
		assertThat(editor.history().steps().get(0).decision().rules().get(0).then()).isEqualTo(Target.step("notice"));
		// the draft stays valid (explain is still reached from notice) and unsaved
		assertThat(editor.publish.isEnabled()).isTrue();
		assertThat(editor.state.getText()).isEqualTo(zh("flowdesign.editor.unsavedChanges"));
		_click(editor.undo);
		assertThat(editor.history().steps().get(0).decision().otherwise()).isEqualTo(Target.step("explain"));

		// a call node or the start is not a place a branch can be sent to
		fire("edge-redirect", "event.detail.branch", "otherwise:check", "event.detail.to", "call:BILL_PAYMENT");
		fire("edge-redirect", "event.detail.branch", "otherwise:check", "event.detail.to", "start");
		assertThat(editor.history().steps().get(0).decision().otherwise()).isEqualTo(Target.step("explain"));
		assertThat(editor.redo.isEnabled()).isTrue();
	}

	@Test
	void deleting_from_the_node_asks_first_and_lists_what_leads_there() {
		fire("node-delete", "event.detail.id", "step:notice");
		DeleteStepDialog dialog = _get(DeleteStepDialog.class);
		assertThat(_find(dialog, ListItem.class)).extracting(ListItem::getText).containsExactly("“查询号码状态”的规则 1转到此步骤");
		ConfirmDialogKt._fireConfirm(dialog);
		assertThat(editor.history().steps()).extracting(StepDefinition::key).containsExactly("check", "explain");
	}

	@Test
	void a_new_steps_key_follows_its_title_until_the_designer_chooses_one() {
		_setValue(editor.stepToolbar.addStep, StepKinds.DECISION);
		StepEditor step = _get(StepEditor.class);
		assertThat(step.key.getValue()).isEqualTo("pan-duan-fen-zhi");
		_setValue(step.title, "是否欠费");
		assertThat(_get(StepEditor.class).key.getValue()).isEqualTo("shi-fou-qian-fei");

		// a branch to the step follows its new key
		fire("edge-redirect", "event.detail.branch", "otherwise:check", "event.detail.to", "step:shi-fou-qian-fei");
		_setValue(_get(StepEditor.class).title, "是否已欠费");
		assertThat(editor.history().steps().get(0).decision().otherwise())
			.isEqualTo(Target.step("shi-fou-yi-qian-fei"));

		// a key the designer chose stays whatever the title becomes
		_setValue(_get(StepEditor.class).key, "arrears");
		_setValue(_get(StepEditor.class).title, "核对欠费");
		assertThat(_get(StepEditor.class).key.getValue()).isEqualTo("arrears");
		assertThat(_find(InsertStepDialog.class)).isEmpty();
	}

	@Test
	void full_screen_puts_the_diagram_in_a_window_sized_dialog_and_back_in_its_place() {
		Component place = editor.diagram.getParent().orElseThrow();
		JsonObject full = Json.createObject();
		full.put("event.detail.full", true);
		BasicUtilsKt._fireDomEvent(editor.diagram, "fullscreen-change", full);
		Dialog dialog = _get(Dialog.class, s -> s.withId("flow-diagram-full"));
		assertThat(editor.diagram.getParent()).contains(dialog);
		// the edit dialogs still open, above it
		fire("edge-insert", "event.detail.branch", "rule:1:check");
		assertThat(_find(InsertStepDialog.class)).hasSize(1);
		_get(InsertStepDialog.class).close();

		dialog.close();
		assertThat(editor.diagram.getParent()).contains(place);
		assertThat(editor.diagram.getElement().getProperty("full", true)).isFalse();
	}

	private void fire(String event, String... detailPairs) {
		JsonObject detail = Json.createObject();
		for (int i = 0; i < detailPairs.length; i += 2) {
			detail.put(detailPairs[i], detailPairs[i + 1]);
		}
		BasicUtilsKt._fireDomEvent(editor.diagram, event, detail);
	}

}
