package com.hallflow.flowdesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.hallflow.support.Looks.column;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.ScriptSnippet;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowdesign.VersionSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.support.KaribuTest;
import com.hallflow.support.Looks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The script library and the version history give their long texts the room: codes,
 * titles, names and dates take the width they need, the text the rest.
 */
class LibraryColumnsUiTest extends KaribuTest {

	@Autowired
	StandardFlows standardFlows;

	@BeforeEach
	void headOffice() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		standardFlows.install();
	}

	@Test
	void the_script_text_takes_the_room_and_wraps_while_key_and_title_stay_narrow() {
		UI.getCurrent().navigate(ScriptLibraryView.class);
		ScriptLibraryView view = _get(ScriptLibraryView.class);
		for (String narrow : new String[] { zh("flowdesign.library.key"), zh("flowdesign.library.titleField") }) {
			Grid.Column<ScriptSnippet> column = column(view.grid, narrow);
			assertThat(column.isAutoWidth()).isTrue();
			assertThat(column.getFlexGrow()).as(narrow + " takes no spare room").isZero();
		}
		Grid.Column<ScriptSnippet> text = column(view.grid, zh("flowdesign.library.text"));
		assertThat(text.getFlexGrow()).isPositive();
		assertThat(text.getTooltipGenerator()).isNotNull();
		assertThat(view.grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
	}

	@Test
	void the_change_note_takes_the_room_the_other_columns_leave() {
		UI.getCurrent().navigate(FlowHistoryView.class, new RouteParameters("key", "PLAN_CHANGE"));
		FlowHistoryView view = _get(FlowHistoryView.class);
		Grid.Column<VersionSummary> note = column(view.versions, zh("flowdesign.history.note"));
		assertThat(note.getFlexGrow()).isPositive();
		assertThat(note.getTooltipGenerator()).isNotNull();
		for (String narrow : new String[] { zh("flowdesign.history.version"), zh("flowdesign.history.by"),
				zh("flowdesign.history.at"), zh("flowdesign.history.effective") }) {
			Grid.Column<VersionSummary> column = column(view.versions, narrow);
			assertThat(column.isAutoWidth()).isTrue();
			assertThat(column.getFlexGrow()).as(narrow + " takes no spare room").isZero();
		}
	}

	@Test
	void the_publish_dialog_shows_the_date_as_iso() {
		PublishDialog dialog = new PublishDialog("套餐变更", List.of(), (note, at, staged) -> 1, number -> {
		});
		assertThat(Looks.dateFormat(dialog.effectiveFrom.getDatePickerI18n())).isEqualTo("yyyy-MM-dd");
	}

}
