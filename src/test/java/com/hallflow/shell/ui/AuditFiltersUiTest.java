package com.hallflow.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.TranslationProvider;
import com.hallflow.security.StaffRole;
import com.hallflow.support.KaribuTest;
import com.hallflow.support.Looks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit log's filters: spaced, "all actions" in words, ISO dates, tidy downloads. */
class AuditFiltersUiTest extends KaribuTest {

	@BeforeEach
	void headOffice() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
	}

	private AuditView open() {
		UI.getCurrent().navigate(AuditView.class);
		return _get(AuditView.class);
	}

	@Test
	void the_filters_are_spaced_say_all_actions_and_show_iso_dates() {
		AuditView view = open();
		assertThat(Looks.gapAround(view.action)).isEqualTo("var(--lumo-space-m)");
		assertThat(Looks.wrapAround(view.action)).isEqualTo("wrap");
		assertThat(view.action.getItemLabelGenerator().apply(null)).isEqualTo("全部操作");
		assertThat(Looks.dateFormat(view.from.getI18n())).isEqualTo("yyyy-MM-dd");
		assertThat(Looks.dateFormat(view.to.getI18n())).isEqualTo("yyyy-MM-dd");
		assertThat(_get(Anchor.class, spec -> spec.withId("audit-csv")).getStyle().get("gap"))
			.isEqualTo("var(--lumo-space-s)");

		UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
		view = open();
		assertThat(view.action.getItemLabelGenerator().apply(null)).isEqualTo("All actions");
		assertThat(Looks.dateFormat(view.from.getI18n())).isEqualTo("yyyy-MM-dd");
	}

}
