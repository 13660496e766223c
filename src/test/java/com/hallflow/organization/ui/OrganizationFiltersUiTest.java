package com.hallflow.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.security.StaffRole;
import com.hallflow.support.KaribuTest;
import com.hallflow.support.Looks;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The branch and staff lists' filters: spaced alike, and every "all …" in the body
 * colour, whether a select shows it or a combo box.
 */
class OrganizationFiltersUiTest extends KaribuTest {

	@BeforeEach
	void headOffice() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
	}

	@Test
	void the_branch_filters_say_all_regions_and_all_statuses_alike() {
		UI.getCurrent().navigate(BranchesView.class);
		BranchesView view = _get(BranchesView.class);
		assertThat(Looks.gapAround(view.region)).isEqualTo("var(--lumo-space-m)");
		assertThat(Looks.wrapAround(view.region)).isEqualTo("wrap");
		assertThat(view.region.getPlaceholder()).isEqualTo("全部区域");
		assertThat(Looks.placeholderColour(view.region)).isEqualTo(Looks.BODY_TEXT);
		assertThat(view.status.getItemLabelGenerator().apply(null)).isEqualTo("全部状态");
	}

	@Test
	void the_staff_filters_say_all_roles_and_all_branches_alike() {
		UI.getCurrent().navigate(StaffView.class);
		StaffView view = _get(StaffView.class);
		assertThat(Looks.gapAround(view.branch)).isEqualTo("var(--lumo-space-m)");
		assertThat(view.branch.getPlaceholder()).isEqualTo("全部营业厅");
		assertThat(Looks.placeholderColour(view.branch)).isEqualTo(Looks.BODY_TEXT);
		assertThat(view.role.getItemLabelGenerator().apply(null)).isEqualTo("全部角色");
	}

}
