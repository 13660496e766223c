package com.hallflow.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A region admin (省公司管理员) lands on their region, with a menu of what they may use, and is
 * refused everything else at the route.
 */
class RegionAdminUiTest extends KaribuTest {

	@Autowired
	StandardFlows standardFlows;

	RegionNode province;

	BranchSummary branch;

	@BeforeEach
	void aProvinceWithABranchAndItsAdmin() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		province = fixtures.province("界面省");
		branch = fixtures.branch(fixtures.city(province, "界面市"), "界面省厅");
		signIn(fixtures.regionAdmin(province.id()));
	}

	@Test
	void the_menu_the_header_and_the_home_page_are_the_regions() {
		UI.getCurrent().navigate("");

		assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
			.containsExactly(zh("shell.home.title"), zh("organization.branches.title"), zh("insight.dashboard.title"),
					zh("insight.versions.title"), zh("flowdesign.flows.title"), zh("variant.list.title"));
		assertThat(_get(Span.class, s -> s.withId("current-user-branch")).getText()).isEqualTo("界面省");
		assertThat(_get(Span.class, s -> s.withId("home-branch")).getText()).isEqualTo(zh("shell.home.region", "界面省"));
		assertThat(_get(Span.class, s -> s.withId("home-role")).getText())
			.isEqualTo(zh("shell.home.role", zh("security.role.REGION_ADMIN")))
			.contains("省公司管理员");
		assertThat(_get(Anchor.class, s -> s.withId("home-link-quality")).getHref()).isEqualTo("insight");
		_get(RegionHome.class);
	}

	@Test
	void the_dashboard_shows_the_regions_branches() {
		UI.getCurrent().navigate("insight");

		assertThat(_get(H2.class).getText()).isEqualTo(zh("insight.dashboard.regionTitle", "界面省"));
		assertThat(_find(Span.class, s -> s.withText(zh("insight.tab.province")))).isEmpty();
	}

	@Test
	void the_branches_are_the_regions_and_cannot_be_edited() {
		fixtures.branch("界面省外厅");
		UI.getCurrent().navigate("branches");

		@SuppressWarnings("unchecked")
		Grid<BranchSummary> grid = _get(Grid.class, s -> s.withId("branch-grid"));
		assertThat(GridKt._findAll(grid)).extracting(BranchSummary::id).containsExactly(branch.id());
		assertThat(_find(Button.class, s -> s.withId("branch-create"))).isEmpty();
	}

	@Test
	void the_counter_records_planner_staff_and_audit_are_refused() {
		for (String route : List.of("counter", "records", "promotions/planner", "promotions/packages", "staff", "audit",
				"regions", "my-branch", "scripts", "flows/SIM_REPLACEMENT")) {
			UI.getCurrent().navigate(route);
			assertThat(_find(AccessDeniedView.class)).as(route).hasSize(1);
		}
	}

}
