package com.hallflow.variant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.variant.OverlayChange;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Guangdong admin's editor: 人证比对 inserted before 按等级补卡 and published; replacing the
 * script of 客户签字, which head office locked, refused in words naming the step, and nothing
 * saved.
 */
class OverlayEditorUiTest extends GuangdongOverlayEditorTest {

	@SuppressWarnings("unchecked")
	private static void choose(String id, String title) {
		Select<StepDefinition> select = _get(Select.class, s -> s.withId(id));
		StepDefinition step = select.getListDataView()
			.getItems()
			.filter(s -> s.title().equals(title))
			.findFirst()
			.orElseThrow();
		_setValue(select, step);
	}

	private List<String> problems() {
		return _find(Span.class, s -> s.withClasses("overlay-problem")).stream().map(Span::getText).toList();
	}

	@Test
	void the_guangdong_admin_inserts_face_verification_before_the_replacement_and_publishes() {
		add(OverlayChange.Op.INSERT_BEFORE);
		choose("overlay-insert-before", "按等级补卡");
		_setValue(_get(TextField.class, s -> s.withId("overlay-insert-title")), "人证比对");
		_setValue(_get(TextArea.class, s -> s.withId("overlay-insert-script")), "请您看向摄像头，我们将比对您本人与身份证件照片。");
		_setValue(_get(TextArea.class, s -> s.withId("overlay-insert-checklist")), "人证比对结果为一致");
		_setValue(_get(Checkbox.class, s -> s.withId("overlay-insert-asks")), true);
		_setValue(_get(TextField.class, s -> s.withId("overlay-insert-question")), "比对一致");
		_click(_get(Button.class, s -> s.withId("overlay-insert-ok")));

		assertThat(problems()).isEmpty();
		assertThat(_get(HorizontalLayout.class, s -> s.withId("effective-step-ren-zheng-bi-dui")).getClassNames())
			.contains("overlay-inserted");
		assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains("在「按等级补卡」之前插入「人证比对」");

		_click(_get(OverlayEditorView.class).publish);
		_setValue(_get(TextArea.class, s -> s.withId("overlay-publish-note")), "广东省人证比对要求");
		_click(_get(Button.class, s -> s.withId("overlay-publish-confirm")));

		assertThat(overlays.history(flow, guangdong.id())).singleElement()
			.satisfies(v -> assertThat(v.changeNote()).isEqualTo("广东省人证比对要求"));
		assertThat(overlays.version(flow, guangdong.id(), 1).changes()).singleElement()
			.satisfies(c -> assertThat(c.insert().title()).isEqualTo("人证比对"));
	}

	@Test
	void publishing_without_a_note_is_refused_at_the_note_and_saves_nothing() {
		add(OverlayChange.Op.APPEND_SCRIPT);
		choose("overlay-change-step", "按等级补卡");
		_setValue(_get(TextArea.class, s -> s.withId("overlay-change-text")), "广东省：请核对新卡号码。");
		_click(_get(Button.class, s -> s.withId("overlay-change-ok")));

		_click(_get(OverlayEditorView.class).publish);
		PublishOverlayDialog dialog = _get(PublishOverlayDialog.class);
		_setValue(dialog.note, "  ");
		_click(_get(Button.class, s -> s.withId("overlay-publish-confirm")));

		assertThat(dialog.note.isInvalid()).isTrue();
		assertThat(dialog.note.getErrorMessage()).isEqualTo(zh("variant.publish.noteRequired"));
		assertThat(dialog.isOpened()).isTrue();
		assertThat(overlays.draft(flow, guangdong.id()).saved()).as("not even the draft").isFalse();
	}

	@Test
	void replacing_a_locked_steps_script_is_refused_naming_it_and_nothing_is_saved() {
		add(OverlayChange.Op.REPLACE_SCRIPT);
		choose("overlay-change-step", "客户签字");
		_setValue(_get(TextArea.class, s -> s.withId("overlay-change-text")), "请签名。");
		_click(_get(Button.class, s -> s.withId("overlay-change-ok")));

		assertThat(problems()).containsExactly("「客户签字」由总部锁定，话术只能追加，不能替换");

		_click(_get(OverlayEditorView.class).publish);
		assertThat(_find(ListItem.class, s -> s.withText("「客户签字」由总部锁定，话术只能追加，不能替换"))).isNotEmpty();
		assertThat(_get(IssuesDialog.class).isOpened()).isTrue();
		assertThat(_find(PublishOverlayDialog.class)).isEmpty();

		assertThat(SystemAuthentication.callAsSystem(() -> overlays.history(flow, guangdong.id()))).isEmpty();
		assertThat(overlays.draft(flow, guangdong.id()).saved()).as("not even the draft").isFalse();
	}

}
