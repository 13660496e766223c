package com.hallflow.flowexecution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.hallflow.base.ui.Dates;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A session another clerk serves opens read-only with who serves it; it moves only after
 * an explicit, confirmed take-over.
 */
class TakeOverUiTest extends KaribuTest {

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	UserAccountService users;

	BranchSummary branch;

	UserSummary chen;

	UserSummary li;

	RunningSession session;

	@BeforeEach
	void chenServesACustomer() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		branch = fixtures.branch("接管厅");
		chen = user("陈静", StaffRole.BRANCH_STAFF);
		li = user("李强", StaffRole.BRANCH_MANAGER);
		signIn(chen);
		session = sessions.start(new StartSessionCommand("PLAN_CHANGE", false, null, Clerk.MOBILE, null));
	}

	@Test
	void the_manager_sees_the_clerks_session_read_only_with_who_serves_it_and_the_clerks_name_in_the_script() {
		signIn(li);
		GuidedRunView run = open();

		assertThat(_get(Span.class, spec -> spec.withId("served-by")).getText())
			.isEqualTo(zh("flowexecution.run.servedBy", "陈静", Dates.time(session.startedAt())));
		assertThat(shown("run-next") || shown("run-back") || shown("run-abandon")).isFalse();
		assertThat(run.screen.isEnabled()).isFalse();
		String script = _get(run.screen, Div.class, spec -> spec.withClasses("script-card")).getElement()
			.getTextRecursively();
		assertThat(script).contains("我是营业员陈静").doesNotContain("李强");

		run.submit(); // Enter, say: nothing moves
		assertThat(sessions.open(session.id()).sequence()).isEqualTo(session.sequence());
		assertThat(sessions.open(session.id()).clerkName()).isEqualTo(chen.username());
	}

	@Test
	void taking_over_asks_first_and_then_the_manager_goes_on_with_the_session() {
		signIn(li);
		GuidedRunView run = open();
		_click(run.servedBy.takeOver);
		ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("take-over-dialog"));
		assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo(zh("flowexecution.run.takeOver.text", "陈静"));
		assertThat(sessions.open(session.id()).clerkName()).as("nothing until confirmed").isEqualTo(chen.username());

		ConfirmDialogKt._fireConfirm(confirm);
		assertThat(sessions.open(session.id()).clerkName()).isEqualTo(li.username());
		assertThat(shown("run-next")).isTrue();
		assertThat(run.screen.isEnabled()).isTrue();
		assertThat(
				_get(run.screen, Div.class, spec -> spec.withClasses("script-card")).getElement().getTextRecursively())
			.contains("我是营业员李强");
		_click(run.next);
		assertThat(sessions.open(session.id()).sequence()).isEqualTo(session.sequence() + 1);
	}

	@Test
	void the_clerk_whose_session_was_taken_over_meanwhile_is_told_and_sees_it_read_only() {
		GuidedRunView run = open();
		assertThat(shown("run-next")).isTrue();
		signIn(li);
		sessions.takeOver(session.id());
		signIn(chen);

		_click(run.next);
		assertThat(NotificationsKt.getNotifications()).last()
			.satisfies(n -> assertThat(n.getElement().getProperty("text"))
				.isEqualTo(zh("flowexecution.session.servedByOther", "李强")));
		assertThat(sessions.open(session.id()).sequence()).isEqualTo(session.sequence());
		assertThat(_get(Span.class, spec -> spec.withId("served-by")).getText()).startsWith("由 李强 办理中");
		assertThat(shown("run-next")).isFalse();
	}

	/** Whether the button with this id is on screen (it and every parent visible). */
	private static boolean shown(String id) {
		return !_find(Button.class, spec -> spec.withId(id)).isEmpty();
	}

	private GuidedRunView open() {
		UI.getCurrent().navigate(GuidedRunView.class, GuidedRunView.params(session.id()));
		return _get(GuidedRunView.class);
	}

	private UserSummary user(String displayName, StaffRole role) {
		return SystemAuthentication.callAsSystem(() -> users.create(new CreateUserCommand(Fixtures.unique("user"),
				displayName, role, branch.id(), Fixtures.PASSWORD, false)));
	}

}
