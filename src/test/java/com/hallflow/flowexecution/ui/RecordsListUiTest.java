package com.hallflow.flowexecution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.hallflow.support.Looks.column;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.TranslationProvider;
import com.hallflow.flowexecution.SessionSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.support.KaribuTest;
import com.hallflow.support.Looks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The records list at a branch PC's 1366 px: the receipt number whole, the filters spaced
 * and saying "all" in words, the dates as 2026-11-08 in both languages.
 */
class RecordsListUiTest extends KaribuTest {

	@BeforeEach
	void headOffice() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
	}

	private RecordsView open() {
		UI.getCurrent().navigate(RecordsView.class);
		return _get(RecordsView.class);
	}

	@Test
	void the_receipt_number_keeps_a_width_that_fits_it_whole_and_the_lesser_columns_give_way() {
		RecordsView view = open();
		Grid.Column<SessionSummary> receipt = column(view.grid, zh("flowexecution.receipt.number"));
		// GZ-TH-001-20261206-0001: 23 characters of about 0.58 rem, and the padding of
		// a compact cell
		assertThat(view.grid.getThemeNames()).contains(GridVariant.LUMO_COMPACT.getVariantName());
		assertThat(receipt.isAutoWidth()).isFalse();
		assertThat(receipt.getWidth()).isEqualTo("15rem");
		assertThat(receipt.getFlexGrow()).isZero();
		assertThat(column(view.grid, "手机号").getFlexGrow()).isZero();
		for (String lesser : new String[] { zh("flowexecution.records.branch"), zh("flowexecution.records.outcome") }) {
			Grid.Column<SessionSummary> column = column(view.grid, lesser);
			assertThat(column.isAutoWidth()).as(lesser + " takes a set width and grows into room left").isFalse();
			assertThat(column.getFlexGrow()).isPositive();
			assertThat(column.getTooltipGenerator()).as(lesser + " is read whole in its tooltip").isNotNull();
		}

		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		view = open();
		assertThat(column(view.grid, "Mobile").getFlexGrow()).isZero();
		assertThat(column(view.grid, "Receipt number").getWidth()).isEqualTo("15rem");
	}

	@Test
	void the_filters_are_spaced_wrap_and_say_all_in_words_in_the_body_colour() {
		RecordsView view = open();
		assertThat(Looks.gapAround(view.from)).isEqualTo("var(--lumo-space-m)");
		assertThat(Looks.wrapAround(view.from)).isEqualTo("wrap");
		assertThat(view.flow.getItemLabelGenerator().apply(null)).isEqualTo("全部业务");
		assertThat(view.outcome.getItemLabelGenerator().apply(null)).isEqualTo("全部结果");
		assertThat(view.branch.getPlaceholder()).isEqualTo("全部营业厅");
		assertThat(Looks.placeholderColour(view.branch)).isEqualTo(Looks.BODY_TEXT);

		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		view = open();
		assertThat(view.flow.getItemLabelGenerator().apply(null)).isEqualTo("All services");
		assertThat(view.branch.getPlaceholder()).isEqualTo("All branches");
	}

	@Test
	void the_date_filters_show_iso_dates_in_both_languages_with_chinese_month_names() {
		RecordsView view = open();
		assertThat(Looks.dateFormat(view.from.getI18n())).isEqualTo("yyyy-MM-dd");
		assertThat(view.from.getI18n().getMonthNames()).startsWith("一月").endsWith("十二月");
		assertThat(view.from.getI18n().getFirstDayOfWeek()).isEqualTo(1);
		assertThat(Looks.dateFormat(view.to.getI18n())).isEqualTo("yyyy-MM-dd");

		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		view = open();
		assertThat(Looks.dateFormat(view.from.getI18n())).isEqualTo("yyyy-MM-dd");
		assertThat(view.from.getI18n().getMonthNames()).startsWith("January");
	}

}
