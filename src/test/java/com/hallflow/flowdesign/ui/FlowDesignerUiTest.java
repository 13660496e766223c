package com.hallflow.flowdesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.hallflow.base.ui.MarkedText;
import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.ScriptSnippet;
import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowdesign.ValidationCode;
import com.hallflow.flowdesign.counter.StepScreen;
import com.hallflow.security.StaffRole;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import elemental.json.Json;
import elemental.json.JsonObject;
import com.vaadin.flow.component.ComponentUtil;
import com.hallflow.flowdesign.FlowSummary;
import com.hallflow.flowdesign.FlowFixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FlowDesignerUiTest extends KaribuTest {

	@Autowired
	FlowDesignService flows;

	@Autowired
	StandardFlows standardFlows;

	String key;

	@BeforeEach
	void newFlow() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		standardFlows.install();
		key = Fixtures.unique("UI_FLOW_").toUpperCase();
		flows.create(new NewFlowCommand(key, "界面测试流程", "测试"));
	}

	@Test
	void editing_a_published_flow_without_a_draft_offers_the_draft_right_there() {
		// a published flow with no draft of its own: publish a copy of the flow under
		// test
		Draft draft = flows.draft(key).orElseThrow();
		flows.saveDraft(key, draft.lockVersion(), FlowFixtures.suspendedCheck(key, "界面测试流程"));
		flows.publish(key, flows.draft(key).orElseThrow().lockVersion(), "第一版", null);
		assertThat(flows.draft(key)).isEmpty();

		UI.getCurrent().navigate(FlowsView.class);
		FlowsView list = _get(FlowsView.class);
		FlowSummary summary = flows.flows().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
		list.grid.select(summary);
		_click(list.open);
		ConfirmDialog offer = _get(ConfirmDialog.class, s -> s.withId("new-draft-offer"));
		assertThat(offer.getElement().getProperty("header")).isEqualTo(zh("flowdesign.flows.noDraft", "界面测试流程"));
		ComponentUtil.fireEvent(offer, new ConfirmDialog.ConfirmEvent(offer, false));

		assertThat(flows.draft(key)).isPresent();
		assertThat(_get(FlowEditorView.class).history().name()).isEqualTo("界面测试流程");
	}

	@Test
	void the_admin_creates_a_flow_from_the_list_and_lands_in_its_editor() {
		UI.getCurrent().navigate(FlowsView.class);
		_click(_get(FlowsView.class).create);
		NewFlowDialog dialog = _get(NewFlowDialog.class);
		String newKey = Fixtures.unique("FROM_LIST_").toUpperCase();
		_setValue(dialog.key, newKey);
		_setValue(dialog.name, "从列表新建");
		_click(dialog.save);

		FlowEditorView editor = _get(FlowEditorView.class);
		assertThat(flows.draft(newKey)).isPresent();
		assertThat(_get(ValidationPanel.class).summary.getText())
			.isEqualTo(zh("flowdesign.editor.validation.counts", 1, 0));
		assertThat(editor.publish.isEnabled()).as("a flow without steps cannot be published").isFalse();
	}

	@Test
	void adding_steps_reordering_them_and_saving_keeps_the_order() {
		FlowEditorView editor = openEditor();
		_setValue(editor.stepToolbar.addStep, StepKinds.SCRIPT);
		_setValue(editor.stepToolbar.addStep, StepKinds.CHECKLIST);
		assertThat(GridKt._findAll(editor.steps)).extracting(StepDefinition::key)
			.containsExactly("hua-shu-bu-zhou", "he-dui-qing-dan");

		editor.move(-1);
		assertThat(GridKt._findAll(editor.steps)).extracting(StepDefinition::key)
			.containsExactly("he-dui-qing-dan", "hua-shu-bu-zhou");
		_click(editor.save);
		assertThat(flows.draft(key).orElseThrow().document().steps()).extracting(StepDefinition::key)
			.containsExactly("he-dui-qing-dan", "hua-shu-bu-zhou");

		_click(editor.undo);
		assertThat(GridKt._findAll(editor.steps)).extracting(StepDefinition::key)
			.containsExactly("hua-shu-bu-zhou", "he-dui-qing-dan");
		_click(editor.redo);
		assertThat(GridKt._findAll(editor.steps)).extracting(StepDefinition::key)
			.containsExactly("he-dui-qing-dan", "hua-shu-bu-zhou");
	}

	@Test
	void a_promotion_step_sets_how_many_offers_its_slot_shows_and_the_draft_keeps_it() {
		FlowEditorView editor = openEditor();
		_setValue(editor.stepToolbar.addStep, StepKinds.PROMOTION);
		StepEditor stepEditor = _get(StepEditor.class);
		assertThat(stepEditor.promotionSlot.getValue()).isTrue();
		assertThat(stepEditor.maxOffers.isVisible()).isTrue();
		_setValue(stepEditor.maxOffers, 2);
		_click(editor.save);
		assertThat(flows.draft(key).orElseThrow().document().steps()).last()
			.satisfies(step -> assertThat(step.offerLimit()).isEqualTo(2));

		_setValue(stepEditor.promotionSlot, false);
		assertThat(stepEditor.maxOffers.isVisible()).isFalse();
	}

	@Test
	void editing_the_script_updates_the_preview_with_sample_values_and_html_stays_text() {
		FlowEditorView editor = openEditor();
		_setValue(editor.stepToolbar.addStep, StepKinds.SCRIPT);
		StepEditor stepEditor = _get(StepEditor.class);
		_setValue(stepEditor.script, "您好，{customer.name}！<script>alert('x')</script> {input.nothing}");

		StepScreen preview = _get(StepScreen.class);
		String text = preview.getElement().getTextRecursively();
		assertThat(text).contains(zh("flowdesign.sample.customerName"))
			.contains("<script>alert('x')</script>")
			.doesNotContain("{customer.name}");
		assertThat(_find(preview, Span.class, s -> s.withClasses("blank"))).hasSize(1);
		assertThat(preview.getElement().getOuterHTML()).doesNotContain("<script>alert");
	}

	@Test
	void a_script_from_the_library_says_where_it_comes_from_and_how_to_change_it_for_this_step() {
		FlowEditorView editor = openEditor();
		ScriptSnippet greeting = _get(StepToolbar.class).addFromLibrary.getListDataView()
			.getItems()
			.filter(sn -> sn.key().equals("greeting"))
			.findFirst()
			.orElseThrow();
		_setValue(editor.stepToolbar.addFromLibrary, greeting);
		StepEditor stepEditor = _get(StepEditor.class);

		assertThat(stepEditor.script.isReadOnly()).isTrue();
		assertThat(stepEditor.script.getHelperText())
			.isEqualTo(zh("flowdesign.editor.step.fromLibrary", greeting.title()))
			.contains("“迎宾问候”");
		assertThat(_find(stepEditor, Button.class, s -> s.withClasses("placeholder-chip")))
			.allSatisfy(chip -> assertThat(chip.isEnabled()).as("nothing is added to a library script").isFalse());

		_setValue(stepEditor.library, null);
		assertThat(stepEditor.script.isReadOnly()).isFalse();
		assertThat(stepEditor.script.getHelperText()).isNull();
	}

	@Test
	void the_placeholders_are_offered_by_name_and_a_click_adds_the_code_to_the_end_of_the_script() {
		Draft draft = flows.draft(key).orElseThrow();
		flows.saveDraft(key, draft.lockVersion(),
				new FlowDocument(1, key, "界面测试流程", null, null, null, null, List.of(StepDefinition.of("a", "确认金额", "您好，")
					.withInputs(List.of(InputDefinition.of("amount", "缴费金额", InputType.MONEY, true))))));
		FlowEditorView editor = openEditor();
		StepEditor stepEditor = _get(StepEditor.class);
		List<Button> chips = _find(stepEditor, Button.class, s -> s.withClasses("placeholder-chip"));
		assertThat(chips).extracting(Button::getText)
			.containsExactly("客户称呼", "客户手机号", "客户星级", "营业厅名称", "营业厅地址", "营业员姓名", "今天日期", "缴费金额");
		assertThat(chips).extracting(chip -> chip.getTooltip().getText())
			.containsExactly("{customer.name}", "{customer.mobile}", "{customer.grade}", "{branch.name}",
					"{branch.address}", "{staff.name}", "{today}", "{input.amount}");

		_click(chips.get(0));
		_click(chips.get(7));
		assertThat(stepEditor.script.getValue()).isEqualTo("您好，{customer.name}{input.amount}");
		assertThat(editor.history().steps().get(0).script()).isEqualTo("您好，{customer.name}{input.amount}");
		assertThat(_get(StepScreen.class).getElement().getTextRecursively())
			.contains(zh("flowdesign.sample.customerName"));
	}

	@Test
	void the_preview_fills_a_chinese_script_with_the_chinese_samples_for_an_english_reader() {
		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		FlowEditorView editor = openEditor();
		_setValue(editor.stepToolbar.addStep, StepKinds.SCRIPT);
		StepEditor stepEditor = _get(StepEditor.class);

		_setValue(stepEditor.script, "您好，欢迎光临{branch.name}！我是营业员{staff.name}");
		assertThat(_get(StepScreen.class).getElement().getTextRecursively())
			.contains(zh("flowdesign.sample.branchName"), zh("flowdesign.sample.staffName"))
			.doesNotContain("Sample branch", "Clerk Li");

		_setValue(stepEditor.script, "Welcome to {branch.name}, I am {staff.name}");
		assertThat(_get(StepScreen.class).getElement().getTextRecursively()).contains("Sample branch", "Clerk Li");
	}

	@Test
	void publishing_is_blocked_while_errors_remain_and_works_once_they_are_fixed() {
		Draft draft = flows.draft(key).orElseThrow();
		flows.saveDraft(key, draft.lockVersion(),
				new FlowDocument(1, key, "界面测试流程", "测试", null, null, null,
						List.of(StepDefinition.of("a", "第一步", "您好")
							.withDecision(new Decision(List.of(), Target.step("missing"))),
								StepDefinition.of("b", "第二步", "再见"))));
		FlowEditorView editor = openEditor();
		assertThat(editor.publish.isEnabled()).isFalse();
		assertThat(GridKt._findAll(_get(ValidationPanel.class).issues)).extracting(i -> i.code())
			.contains(ValidationCode.MISSING_STEP);

		editor.select("a");
		StepEditor stepEditor = _get(StepEditor.class);
		_setValue(_get(stepEditor, Checkbox.class, s -> s.withLabel(zh("flowdesign.editor.otherwise"))), false);
		assertThat(editor.publish.isEnabled()).isTrue();

		_click(editor.publish);
		PublishDialog dialog = _get(PublishDialog.class);
		_click(dialog.publish);
		assertThat(dialog.note.getErrorMessage()).isEqualTo(zh("flowdesign.publish.noteRequired"));
		_setValue(dialog.note, "修正了分支");
		_click(dialog.publish);
		assertThat(flows.versions(key)).hasSize(1);
		assertThat(_get(FlowHistoryView.class).compare.isVisible()).as("one version: nothing to compare").isFalse();
	}

	@Test
	void saving_over_another_admins_save_shows_the_conflict_and_keeps_their_version() {
		FlowEditorView editor = openEditor();
		_setValue(editor.stepToolbar.addStep, StepKinds.SCRIPT);
		Draft theirs = flows.draft(key).orElseThrow();
		flows.saveDraft(key, theirs.lockVersion(),
				theirs.document().withSteps(List.of(StepDefinition.of("theirs", "别人的步骤", "别人写的话术"))));

		_click(editor.save);
		ConfirmDialog conflict = _get(ConfirmDialog.class, s -> s.withId("conflict-dialog"));
		assertThat(ConfirmDialogKt.getText(conflict)).isEqualTo(zh("base.error.conflict"));
		assertThat(flows.draft(key).orElseThrow().document().steps()).extracting(StepDefinition::key)
			.containsExactly("theirs");
		ConfirmDialogKt._fireConfirm(conflict);
		assertThat(GridKt._findAll(editor.steps)).extracting(StepDefinition::key).containsExactly("theirs");
	}

	@Test
	void leaving_with_unsaved_changes_asks_first() {
		FlowEditorView editor = openEditor();
		_setValue(editor.stepToolbar.addStep, StepKinds.SCRIPT);
		UI.getCurrent().navigate(FlowsView.class);

		ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("unsaved-dialog"));
		assertThat(_find(FlowsView.class)).isEmpty();
		ConfirmDialogKt._fireConfirm(confirm);
		_get(FlowsView.class);
		assertThat(flows.draft(key).orElseThrow().document().steps()).isEmpty();
	}

	@Test
	void clicking_a_validation_issue_or_a_diagram_node_selects_its_step() {
		Draft draft = flows.draft(key).orElseThrow();
		flows.saveDraft(key, draft.lockVersion(), new FlowDocument(1, key, "界面测试流程", null, null, null, null,
				List.of(StepDefinition.of("a", "第一步", "您好"), StepDefinition.of("b", "第二步", "{customer.age}"))));
		FlowEditorView editor = openEditor();
		assertThat(_get(StepEditor.class).key.getValue()).isEqualTo("a");

		GridKt._clickItem(_get(ValidationPanel.class).issues, 0, 0, false, false, false, false);
		assertThat(_get(StepEditor.class).key.getValue()).isEqualTo("b");

		JsonObject detail = Json.createObject();
		detail.put("event.detail.id", "step:a");
		BasicUtilsKt._fireDomEvent(editor.diagram, "node-click", detail);
		assertThat(_get(StepEditor.class).key.getValue()).isEqualTo("a");
	}

	@Test
	void the_flows_own_properties_are_edited_in_a_dialog_and_saved_with_the_draft() {
		FlowEditorView editor = openEditor();
		_click(_get(Button.class, s -> s.withId("flow-properties")));
		FlowPropertiesDialog dialog = _get(FlowPropertiesDialog.class);
		_setValue(dialog.targetMinutes, 0);
		_click(dialog.apply);
		assertThat(dialog.targetMinutes.getErrorMessage()).isEqualTo(zh("flowdesign.flow.targetMinutes.range"));

		_setValue(dialog.name, "界面测试流程（改）");
		_setValue(dialog.targetMinutes, 12);
		_setValue(dialog.icon, "WALLET");
		_click(dialog.apply);
		_click(editor.save);

		FlowDocument saved = flows.draft(key).orElseThrow().document();
		assertThat(saved.name()).isEqualTo("界面测试流程（改）");
		assertThat(saved.targetMinutes()).isEqualTo(12);
		assertThat(saved.icon()).isEqualTo("WALLET");
		assertThat(FlowPropertiesDialog.ICONS).allSatisfy(icon -> assertThat(VaadinIcon.valueOf(icon)).isNotNull());
	}

	@Test
	void deleting_a_step_asks_first() {
		FlowEditorView editor = openEditor();
		_setValue(editor.stepToolbar.addStep, StepKinds.SCRIPT);
		_click(editor.stepToolbar.delete);
		ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("delete-step-dialog"));
		assertThat(GridKt._findAll(editor.steps)).hasSize(1);
		ConfirmDialogKt._fireConfirm(confirm);
		assertThat(GridKt._findAll(editor.steps)).isEmpty();
	}

	@Test
	void the_history_diff_shows_a_changed_script_line() {
		publishTwoVersions("您好<b>欢迎</b>", "您好，欢迎光临");

		UI.getCurrent().navigate(FlowHistoryView.class, new RouteParameters("key", key));
		FlowHistoryView history = _get(FlowHistoryView.class);
		assertThat(history.compare.isVisible()).isTrue();
		ListItem change = _get(history.diff, ListItem.class);
		assertThat(((Span) change.getChildren().findFirst().orElseThrow()).getText())
			.isEqualTo(zh("flowdesign.diff.scriptChanged", "1（问候）"));
		assertThat(_find(change, MarkedText.class)).extracting(t -> t.getElement().getTextRecursively())
			.containsExactly("您好<b>欢迎</b>", "您好，欢迎光临");
		assertThat(history.diff.getElement().getOuterHTML()).doesNotContain("<b>").contains("&lt;b&gt;");
	}

	@Test
	void the_history_diff_shows_both_scripts_whole_with_an_edit_at_the_end_of_a_sentence_marked() {
		String opening = "您好，欢迎光临天河营业厅。今天为您办理套餐变更，新套餐次月1日起生效，本月仍按原套餐计费，" + "原套餐剩余的流量和通话分钟数在月底清零，请您确认后";
		publishTwoVersions(opening + "签字。", opening + "在屏幕上签字确认。");

		UI.getCurrent().navigate(FlowHistoryView.class, new RouteParameters("key", key));
		FlowHistoryView history = _get(FlowHistoryView.class);

		List<MarkedText> texts = _find(history.diff, MarkedText.class);
		assertThat(texts).extracting(t -> t.getElement().getTextRecursively())
			.containsExactly(opening + "签字。", opening + "在屏幕上签字确认。");
		assertThat(_find(texts.get(0), MarkedText.Deleted.class)).as("nothing was taken out").isEmpty();
		assertThat(_find(texts.get(1), MarkedText.Inserted.class)).extracting(MarkedText.Inserted::getText)
			.containsExactly("在屏幕上", "确认");
		assertThat(_find(history.diff, Span.class)).extracting(Span::getText)
			.contains(zh("flowdesign.flows.versionNumber", 1), zh("flowdesign.flows.versionNumber", 2));
	}

	@Test
	void the_history_and_the_editor_are_titled_with_the_flows_name_not_its_key() {
		UI.getCurrent().navigate(FlowHistoryView.class, new RouteParameters("key", "PLAN_CHANGE"));
		FlowHistoryView history = _get(FlowHistoryView.class);
		assertThat(history.heading.getText()).isEqualTo(zh("flowdesign.history.title", "套餐变更"));
		assertThat(UI.getCurrent().getInternals().getTitle()).startsWith(zh("flowdesign.history.title", "套餐变更"))
			.doesNotContain("PLAN_CHANGE");

		FlowEditorView editor = openEditor();
		assertThat(editor.heading.getText()).isEqualTo("界面测试流程");
		assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("界面测试流程").doesNotContain(key);
	}

	private void publishTwoVersions(String firstScript, String secondScript) {
		Draft draft = flows.draft(key).orElseThrow();
		Draft v1 = flows.saveDraft(key, draft.lockVersion(), new FlowDocument(1, key, "界面测试流程", null, null, null, null,
				List.of(StepDefinition.of("greet", "问候", firstScript))));
		flows.publish(key, v1.lockVersion(), "第一版", null);
		Draft next = flows.newDraftFrom(key, 1);
		Draft v2 = flows.saveDraft(key, next.lockVersion(),
				next.document().withSteps(List.of(StepDefinition.of("greet", "问候", secondScript))));
		flows.publish(key, v2.lockVersion(), "第二版", null);
	}

	private FlowEditorView openEditor() {
		UI.getCurrent().navigate(FlowEditorView.class, new RouteParameters("key", key));
		return _get(FlowEditorView.class);
	}

}
