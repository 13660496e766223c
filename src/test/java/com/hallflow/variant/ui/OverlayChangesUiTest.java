package com.hallflow.variant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.variant.OverlayChange;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Guangdong admin's changes in the editor: edited in their dialogs filled in, moved
 * up and down with the check following, a step hidden only where head office allows it,
 * and an insertion said as one in the differences from the standard.
 */
class OverlayChangesUiTest extends GuangdongOverlayEditorTest {

	@SuppressWarnings("unchecked")
	private static Select<StepDefinition> steps(String id) {
		return _get(Select.class, s -> s.withId(id));
	}

	private static List<String> titles(Select<StepDefinition> select) {
		return select.getListDataView().getItems().map(StepDefinition::title).toList();
	}

	private static void choose(String id, String title) {
		Select<StepDefinition> select = steps(id);
		_setValue(select,
				select.getListDataView().getItems().filter(s -> s.title().equals(title)).findFirst().orElseThrow());
	}

	private static void click(String id) {
		_click(_get(Button.class, s -> s.withId(id)));
	}

	private static List<String> problems() {
		return _find(Span.class, s -> s.withClasses("overlay-problem")).stream().map(Span::getText).toList();
	}

	private static void append(String title, String text) {
		add(OverlayChange.Op.APPEND_SCRIPT);
		choose("overlay-change-step", title);
		_setValue(_get(TextArea.class, s -> s.withId("overlay-change-text")), text);
		click("overlay-change-ok");
	}

	private static void insertFaceCheck() {
		add(OverlayChange.Op.INSERT_BEFORE);
		choose("overlay-insert-before", "按等级补卡");
		_setValue(_get(TextField.class, s -> s.withId("overlay-insert-title")), "人证比对");
		_setValue(_get(TextArea.class, s -> s.withId("overlay-insert-checklist")), "人证比对结果为一致");
		_setValue(_get(Checkbox.class, s -> s.withId("overlay-insert-asks")), true);
		_setValue(_get(TextField.class, s -> s.withId("overlay-insert-question")), "比对一致");
		click("overlay-insert-ok");
	}

	private List<OverlayChange> saved() {
		click("overlay-save");
		return overlays.draft(flow, guangdong.id()).overlay().changes();
	}

	@Test
	void a_change_opens_filled_in_and_what_is_done_there_replaces_it_and_is_checked_again() {
		append("按等级补卡", "广东省：请核对新卡号码。");
		add(OverlayChange.Op.REPLACE_SCRIPT);
		choose("overlay-change-step", "客户签字");
		_setValue(_get(TextArea.class, s -> s.withId("overlay-change-text")), "请您签名。");
		click("overlay-change-ok");
		assertThat(problems()).containsExactly("「客户签字」由总部锁定，话术只能追加，不能替换");

		click("overlay-edit-1");
		assertThat(steps("overlay-change-step").getValue().title()).isEqualTo("客户签字");
		assertThat(_get(TextArea.class, s -> s.withId("overlay-change-text")).getValue()).isEqualTo("请您签名。");
		assertThat(_get(Button.class, s -> s.withId("overlay-change-ok")).getText()).isEqualTo("确定修改");
		choose("overlay-change-step", "讲解并收费");
		_setValue(_get(TextArea.class, s -> s.withId("overlay-change-text")), "广东省补卡工本费以营业厅公示为准。");
		click("overlay-change-ok");

		assertThat(problems()).as("the check follows the edit").isEmpty();
		assertThat(saved()).containsExactly(OverlayChange.appendScript("replace-card", "广东省：请核对新卡号码。"),
				OverlayChange.replaceScript("fee", "广东省补卡工本费以营业厅公示为准。", "补卡工本费{input.fee}元。"));
	}

	@Test
	void an_insertion_opens_filled_in_and_keeps_its_steps_key_and_question_when_edited() {
		insertFaceCheck();
		click("overlay-edit-0");
		assertThat(steps("overlay-insert-before").getValue().title()).isEqualTo("按等级补卡");
		assertThat(_get(TextField.class, s -> s.withId("overlay-insert-title")).getValue()).isEqualTo("人证比对");
		assertThat(_get(TextArea.class, s -> s.withId("overlay-insert-checklist")).getValue()).isEqualTo("人证比对结果为一致");
		assertThat(_get(Checkbox.class, s -> s.withId("overlay-insert-asks")).getValue()).isTrue();
		assertThat(_get(TextField.class, s -> s.withId("overlay-insert-question")).getValue()).isEqualTo("比对一致");
		_setValue(_get(TextField.class, s -> s.withId("overlay-insert-title")), "人证核验");
		click("overlay-insert-ok");

		assertThat(problems()).isEmpty();
		assertThat(saved()).singleElement().satisfies(c -> {
			assertThat(c.insert().key()).isEqualTo("ren-zheng-bi-dui");
			assertThat(c.insert().title()).isEqualTo("人证核验");
			assertThat(c.insert().inputs()).singleElement()
				.satisfies(i -> assertThat(i.key()).isEqualTo("ren_zheng_bi_dui_ok"));
		});
	}

	@Test
	void changes_move_up_and_down_and_the_check_follows_their_order() {
		insertFaceCheck();
		append("人证比对", "请您摘下帽子和眼镜。");
		assertThat(problems()).isEmpty();
		assertThat(_get(Button.class, s -> s.withId("overlay-up-0")).isEnabled()).isFalse();
		assertThat(_get(Button.class, s -> s.withId("overlay-down-1")).isEnabled()).isFalse();

		click("overlay-up-1");
		assertThat(problems()).as("added to before it is inserted").hasSize(1);
		assertThat(_get(Span.class, s -> s.withText("1. 「人证比对」的话术追加：请您摘下帽子和眼镜。"))).isNotNull();

		click("overlay-down-0");
		assertThat(problems()).isEmpty();
		assertThat(saved()).extracting(OverlayChange::op)
			.containsExactly(OverlayChange.Op.INSERT_BEFORE, OverlayChange.Op.APPEND_SCRIPT);
	}

	@Test
	void only_steps_head_office_marked_optional_and_did_not_lock_are_offered_to_hide_and_none_left_is_said() {
		add(OverlayChange.Op.HIDE_STEP);
		assertThat(titles(steps("overlay-change-step"))).containsExactly("停机提示", "推荐增值业务");
		choose("overlay-change-step", "停机提示");
		click("overlay-change-ok");
		add(OverlayChange.Op.HIDE_STEP);
		choose("overlay-change-step", "推荐增值业务");
		click("overlay-change-ok");
		assertThat(problems()).isEmpty();

		add(OverlayChange.Op.HIDE_STEP);
		assertThat(_get(Paragraph.class, s -> s.withId("overlay-change-none")).getText())
			.isEqualTo("这个流程没有可以隐藏的步骤：总部没有把任何未锁定的步骤标为可选。");
		assertThat(_find(Select.class, s -> s.withId("overlay-change-step"))).isEmpty();
		assertThat(_find(Button.class, s -> s.withId("overlay-change-ok")))
			.allSatisfy(b -> assertThat(b.isVisible()).isFalse());
	}

	@SuppressWarnings("unchecked")
	private static Select<InputDefinition> input() {
		return _get(Select.class, s -> s.withId("overlay-change-input"));
	}

	@Test
	void an_option_is_offered_only_at_steps_with_a_choice_and_a_money_limit_only_at_steps_with_an_amount() {
		add(OverlayChange.Op.ADD_OPTION);
		assertThat(titles(steps("overlay-change-step"))).containsExactly("核验身份", "按等级补卡");
		_get(ChangeDialog.class).close();

		add(OverlayChange.Op.SET_MONEY_LIMIT);
		assertThat(titles(steps("overlay-change-step"))).containsExactly("核验身份", "讲解并收费");
		choose("overlay-change-step", "讲解并收费");
		assertThat(input().getValue()).as("the step's only amount is taken").satisfies(i -> {
			assertThat(i).isNotNull();
			assertThat(i.label()).isEqualTo("工本费（元）");
		});
		_setValue(_get(TextField.class, s -> s.withId("overlay-change-amount")), "30");
		click("overlay-change-ok");
		assertThat(saved()).singleElement().satisfies(c -> {
			assertThat(c.op()).isEqualTo(OverlayChange.Op.SET_MONEY_LIMIT);
			assertThat(c.input()).isEqualTo("fee");
			assertThat(c.maxAmount()).isEqualByComparingTo("30");
		});
	}

	@Test
	void a_step_inserted_where_rules_led_is_one_difference_from_the_standard_not_changed_rules() {
		add(OverlayChange.Op.INSERT_BEFORE);
		choose("overlay-insert-before", "核验身份");
		_setValue(_get(TextField.class, s -> s.withId("overlay-insert-title")), "广东告知");
		_setValue(_get(TextArea.class, s -> s.withId("overlay-insert-script")), "请您阅读广东省的补卡须知。");
		click("overlay-insert-ok");

		assertThat(problems()).isEmpty();
		assertThat(_find(_get(UnorderedList.class, u -> u.withId("overlay-diff")), ListItem.class))
			.extracting(ListItem::getText)
			.containsExactly("在「核验身份」之前插入「广东告知」");
	}

}
