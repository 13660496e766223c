package com.hallflow.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.organization.BranchSummary;
import com.hallflow.security.ui.ChangePasswordView;
import com.hallflow.security.StaffRole;
import com.hallflow.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

class ShellUiTest extends KaribuTest {

	@Test
	void the_menu_lists_only_what_a_clerk_may_open_and_the_header_names_them_and_their_branch() {
		BranchSummary branch = fixtures.branch("菜单测试厅");
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, branch.id()));
		UI.getCurrent().navigate("");

		assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
			.containsExactly(zh("shell.home.title"), zh("flowexecution.counter.title"));
		assertThat(_get(Span.class, s -> s.withId("current-user-name")).getText()).isEqualTo("测试员工");
		assertThat(_get(Span.class, s -> s.withId("current-user-branch")).getText()).isEqualTo("菜单测试厅");
	}

	@Test
	void the_header_leads_to_changing_the_password_and_signing_out_each_in_one_click() {
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("账号菜单厅").id()));
		UI.getCurrent().navigate("");

		Button changePassword = _get(Button.class, s -> s.withId("change-password-link"));
		assertThat(changePassword.getText()).isEqualTo(zh("security.changePassword.title"));
		assertThat(_get(Button.class, s -> s.withId("logout")).getText()).isEqualTo(zh("shell.logout"));
		assertThat(changePassword.getParent()).isEqualTo(_get(Button.class, s -> s.withId("logout")).getParent());

		_click(changePassword);
		_get(ChangePasswordView.class);
		assertThat(_find(HomeView.class)).isEmpty();
	}

	@Test
	void head_office_sees_the_administration_menu() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate("");

		assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
			.containsExactly(zh("shell.home.title"), zh("organization.regions.title"),
					zh("organization.branches.title"), zh("organization.staff.title"),
					zh("flowexecution.records.title"), zh("insight.dashboard.title"), zh("insight.versions.title"),
					zh("flowdesign.flows.title"), zh("variant.planner.title"), zh("variant.hq.title"),
					zh("flowdesign.library.title"), zh("promotion.packages.title"), zh("promotion.planner.title"),
					zh("shell.audit.title"));
	}

	@Test
	void a_manager_serves_at_the_counter_and_sees_the_branch_and_its_records() {
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, fixtures.branch("经理菜单厅").id()));
		UI.getCurrent().navigate("");

		assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
			.containsExactly(zh("shell.home.title"), zh("flowexecution.counter.title"),
					zh("organization.myBranch.title"), zh("promotion.branch.title"), zh("flowexecution.records.title"),
					zh("insight.dashboard.title"));
	}

	@Test
	void a_clerk_opening_an_admin_page_gets_the_access_denied_page() {
		BranchSummary branch = fixtures.branch("越权测试厅");
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, branch.id()));
		UI.getCurrent().navigate("branches");

		assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively())
			.contains(zh("shell.accessDenied.title"));
		assertThat(_find(Grid.class)).isEmpty();
	}

	@Test
	void a_manager_sees_their_branch_read_only() {
		BranchSummary branch = fixtures.branch("经理只读厅");
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
		UI.getCurrent().navigate("my-branch");

		TextField name = _get(TextField.class, s -> s.withId("branch-name"));
		assertThat(name.getValue()).isEqualTo("经理只读厅");
		assertThat(name.isReadOnly()).isTrue();
	}

	@Test
	void an_unexpected_error_shows_a_translated_message_with_a_reference_and_no_stack_trace() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate("");

		VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));

		assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n -> {
			String text = n.getElement().getProperty("text");
			assertThat(text).startsWith(zh("base.error.unexpected", "").substring(0, 10))
				.doesNotContain("boom")
				.doesNotContain("IllegalStateException")
				.matches(".*[0-9a-f]{8}.*");
		});
	}

	@Test
	void an_action_that_lost_to_a_concurrent_one_says_so_and_asks_to_try_again() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate("");

		// how a Galera certification conflict reaches the UI
		// (GaleraCertificationMariaDbTest)
		VaadinSession.getCurrent()
			.getErrorHandler()
			.error(new ErrorEvent(new IllegalStateException("wrapped",
					new CannotAcquireLockException("Deadlock found when trying to get lock"))));

		assertThat(NotificationsKt.getNotifications()).singleElement()
			.satisfies(n -> assertThat(n.getElement().getProperty("text")).isEqualTo(zh("base.error.concurrent")));
	}

	@Test
	void idle_sessions_are_closed_after_thirty_minutes() {
		assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
		assertThat(context.getEnvironment().getProperty("server.servlet.session.timeout")).isEqualTo("30m");
	}

}
