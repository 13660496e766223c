package com.hallflow.variant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayDraft;
import com.hallflow.variant.OverlayVersionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import elemental.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Guangdong admin imports files into the editor: a refusal says the file was refused
 * (not that publishing was), a malformed file lists each problem once, and the import can
 * be tried again without reloading; the history names who published by their name.
 */
class OverlayImportUiTest extends GuangdongOverlayEditorTest {

	private String file(String changes) {
		return "{ \"formatVersion\": 1, \"flow\": \"" + flow + "\", \"region\": \"" + guangdong.code()
				+ "\", \"baseVersion\": 1, \"changes\": [ " + changes + " ] }";
	}

	private static Upload upload(String text) {
		Upload upload = _get(Upload.class, s -> s.withId("overlay-import"));
		UploadKt._upload(upload, "overlay.json", "application/json", text.getBytes(StandardCharsets.UTF_8));
		return upload;
	}

	private static List<String> listed() {
		return _find(_get(IssuesDialog.class), ListItem.class).stream().map(ListItem::getText).toList();
	}

	@Test
	void a_file_hiding_a_locked_step_is_refused_as_an_import_and_another_file_can_be_imported_after_it() {
		Upload upload = upload(file("{ \"op\": \"HIDE_STEP\", \"step\": \"sign\" }"));

		assertThat(_get(IssuesDialog.class).getHeaderTitle()).isEqualTo("导入被拒绝，未保存任何内容");
		assertThat(_find(_get(IssuesDialog.class), Paragraph.class)).extracting(Paragraph::getText)
			.containsExactly("文件中有 1 个问题，改正后再导入；未保存任何内容");
		assertThat(listed()).containsExactly("「客户签字」由总部锁定，不能隐藏");
		assertThat((JsonArray) upload.getElement().getPropertyRaw("files"))
			.as("the file list is emptied, so that the button takes the next file")
			.satisfies(files -> assertThat(files.length()).isZero());
	}

	@Test
	void a_malformed_file_is_refused_listing_each_problem_once() {
		upload(file("{ \"op\": \"DELETE_STEP\", \"step\": \"sign\" }, { \"op\": \"HIDE_STEP\" }"));

		assertThat(_get(IssuesDialog.class).getHeaderTitle()).isEqualTo("导入被拒绝，未保存任何内容");
		assertThat(listed()).hasSize(2).allSatisfy(line -> {
			String where = line.substring(0, line.indexOf(':'));
			assertThat(line).as("the place said once").containsOnlyOnce(where + ":");
		});
		assertThat(listed().get(1)).isEqualTo("$.changes[1]: required property 'step' not found");
	}

	@Test
	void the_history_names_who_published_by_the_name_people_know() {
		OverlayDraft draft = overlays.draft(flow, guangdong.id());
		OverlayDraft saved = overlays.saveDraft(flow, guangdong.id(), draft.lockVersion(),
				draft.overlay().withChanges(List.of(OverlayChange.hideStep("recommend"))));
		overlays.publish(flow, guangdong.id(), saved.lockVersion(), "广东省不推荐增值业务");

		_click(_get(Button.class, s -> s.withId("overlay-history-open")));
		@SuppressWarnings("unchecked")
		Grid<OverlayVersionSummary> grid = _get(Grid.class, s -> s.withId("overlay-history"));
		assertThat(GridKt._getFormattedRow(grid, 0)).contains("测试省公司", "广东省不推荐增值业务")
			.noneSatisfy(cell -> assertThat(cell).startsWith("region"));
	}

}
