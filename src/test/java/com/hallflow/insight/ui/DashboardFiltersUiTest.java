package com.hallflow.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.TranslationProvider;
import com.hallflow.security.StaffRole;
import com.hallflow.support.KaribuTest;
import com.hallflow.support.Looks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's filters as a newcomer reads them: spaced, "all" in words, ISO dates;
 * the download links with room between icon and text; the 90th percentile named so.
 */
class DashboardFiltersUiTest extends KaribuTest {

	@BeforeEach
	void headOffice() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
	}

	private DashboardView open() {
		UI.getCurrent().navigate(DashboardView.class);
		return _get(DashboardView.class);
	}

	@Test
	void the_filters_are_spaced_and_an_empty_choice_reads_all_in_the_body_colour() {
		DashboardView view = open();
		assertThat(Looks.gapAround(view.flow)).isEqualTo("var(--lumo-space-m)");
		assertThat(Looks.wrapAround(view.flow)).isEqualTo("wrap");
		assertThat(view.flow.getItemLabelGenerator().apply(null)).isEqualTo("全部业务");
		assertThat(view.province.getItemLabelGenerator().apply(null)).isEqualTo("全部省份");
		assertThat(view.branch.getPlaceholder()).isEqualTo("全部营业厅");
		assertThat(Looks.placeholderColour(view.branch)).isEqualTo(Looks.BODY_TEXT);

		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		view = open();
		assertThat(view.province.getItemLabelGenerator().apply(null)).isEqualTo("All provinces");
		assertThat(view.flow.getItemLabelGenerator().apply(null)).isEqualTo("All businesses");
	}

	@Test
	void the_dates_read_as_iso_in_both_languages() {
		DashboardView view = open();
		assertThat(Looks.dateFormat(view.from.getI18n())).isEqualTo("yyyy-MM-dd");
		assertThat(Looks.dateFormat(view.to.getI18n())).isEqualTo("yyyy-MM-dd");
		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		view = open();
		assertThat(Looks.dateFormat(view.from.getI18n())).isEqualTo("yyyy-MM-dd");
	}

	@Test
	void the_download_links_keep_their_icon_apart_from_the_text_and_the_percentile_is_named() {
		open();
		Anchor csv = _get(Anchor.class, spec -> spec.withId("insight-csv-flow"));
		assertThat(csv.getStyle().get("gap")).isEqualTo("var(--lumo-space-s)");
		assertThat(csv.getStyle().get("display")).isEqualTo("inline-flex");
		Anchor xlsx = _get(Anchor.class, spec -> spec.withId("insight-xlsx-flow"));
		assertThat(xlsx.getStyle().get("gap")).isEqualTo("var(--lumo-space-s)");
		assertThat(cardLabel("insight-total-p90")).isEqualTo("90 分位时长");
		Div card = (Div) _get(Span.class, spec -> spec.withId("insight-total-p90")).getParent().orElseThrow();
		assertThat(card.getStyle().get("flex")).as("the cards share the row alike, a long label wrapping")
			.isEqualTo("1 1 0");

		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		open();
		assertThat(cardLabel("insight-total-p90")).isEqualTo("90th percentile time");
	}

	/** The words above a headline figure. */
	private static String cardLabel(String figureId) {
		return ((Span) _get(Span.class, spec -> spec.withId(figureId)).getParent()
			.orElseThrow()
			.getChildren()
			.findFirst()
			.orElseThrow()).getText();
	}

}
