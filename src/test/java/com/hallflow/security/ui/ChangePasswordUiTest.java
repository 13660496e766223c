package com.hallflow.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.ui.LanguageSelect;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserFilter;
import com.hallflow.security.UserSummary;
import com.hallflow.shell.ui.HomeView;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.hallflow.support.SignInThrottles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

class ChangePasswordUiTest extends KaribuTest {

	@Autowired
	UserAccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetFailuresFromThisMachine() {
		SignInThrottles.forgetAddresses(jdbc);
	}

	@Test
	void a_user_with_a_temporary_password_is_kept_on_the_change_password_page_until_they_change_it() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		String username = Fixtures.unique("new");
		UserSummary newcomer = SystemAuthentication.callAsSystem(() -> accounts
			.create(new CreateUserCommand(username, "新员工", StaffRole.HQ_ADMIN, null, "temporary-pass", true)));
		signIn(newcomer);
		UI.getCurrent().navigate("staff");
		ChangePasswordView view = _get(ChangePasswordView.class);

		_setValue(view.current, "temporary-pass");
		_setValue(view.next, "my-new-password");
		_setValue(view.repeat, "my-new-password-typo");
		_click(view.save);
		assertThat(view.repeat.getErrorMessage()).isEqualTo(zh("security.changePassword.mismatch"));

		_setValue(view.repeat, "my-new-password");
		_click(view.save);
		_get(HomeView.class);
		Fixtures.signIn(admin);
		assertThat(accounts.list(new UserFilter(username, null, null), Pageable.ofSize(1)).get(0).mustChangePassword())
			.isFalse();
	}

	@Test
	void a_common_password_is_refused_at_the_new_password_field_with_its_own_message() {
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("常见密码厅").id()));
		UI.getCurrent().navigate("change-password");
		ChangePasswordView view = _get(ChangePasswordView.class);

		_setValue(view.current, Fixtures.PASSWORD);
		_setValue(view.next, "woaini1314");
		_setValue(view.repeat, "woaini1314");
		_click(view.save);

		assertThat(view.next.isInvalid()).isTrue();
		assertThat(view.next.getErrorMessage()).isEqualTo(zh("security.password.common"))
			.isEqualTo("这是常见密码，很容易被猜中，请换一个");
		_get(ChangePasswordView.class);
	}

	@Test
	void after_five_wrong_current_passwords_the_field_says_how_long_to_wait() {
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("改密等待厅").id()));
		UI.getCurrent().navigate("change-password");
		ChangePasswordView view = _get(ChangePasswordView.class);
		_setValue(view.next, "a-brand-new-secret");
		_setValue(view.repeat, "a-brand-new-secret");
		for (int i = 0; i < 5; i++) {
			_setValue(view.current, "not-my-password-" + i);
			_click(view.save);
			assertThat(view.current.getErrorMessage()).isEqualTo(zh("security.password.currentWrong"));
		}

		_setValue(view.current, Fixtures.PASSWORD);
		_click(view.save);
		// the test profile's first wait is a minute
		assertThat(view.current.getErrorMessage()).matches("尝试次数过多，请在 \\d+ 秒后再试");
		_get(ChangePasswordView.class);
	}

	@Test
	void a_user_who_chooses_to_change_the_password_sees_a_card_saying_what_it_is_for_and_may_cancel() {
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, fixtures.branch("改密厅").id()));
		UI.getCurrent().navigate("change-password");
		ChangePasswordView view = _get(ChangePasswordView.class);

		assertThat(_get(view, Span.class, s -> s.withClasses("app-name")).getText()).isEqualTo(zh("app.name"));
		assertThat(_get(view, Paragraph.class, s -> s.withId("change-password-reason")).getText())
			.isEqualTo(zh("security.changePassword.intro"));
		_get(view, LanguageSelect.class);
		assertThat(_find(view, Button.class, s -> s.withId("change-password-logout"))).isEmpty();
		Button cancel = _get(view, Button.class, s -> s.withId("change-password-cancel"));
		assertThat(cancel.getText()).isEqualTo("取消");
		assertThat(cancel.getParent()).as("beside the save button, where the fields start")
			.isEqualTo(view.save.getParent());

		_click(cancel);
		_get(HomeView.class);
		assertThat(_find(ChangePasswordView.class)).isEmpty();
	}

	@Test
	void a_user_who_must_change_the_password_is_told_why_and_may_only_sign_out() {
		String username = Fixtures.unique("reset");
		UserSummary newcomer = SystemAuthentication.callAsSystem(() -> accounts
			.create(new CreateUserCommand(username, "赵新", StaffRole.HQ_ADMIN, null, "temporary-pass", true)));
		signIn(newcomer);
		UI.getCurrent().navigate("");
		ChangePasswordView view = _get(ChangePasswordView.class);

		assertThat(_get(view, Paragraph.class, s -> s.withId("change-password-reason")).getText())
			.isEqualTo(zh("security.changePassword.forced", "赵新"))
			.contains("首次登录")
			.contains("重置");
		assertThat(_find(view, Button.class, s -> s.withId("change-password-cancel"))).isEmpty();
		assertThat(_get(view, Button.class, s -> s.withId("change-password-logout")).getText()).isEqualTo("退出登录");
	}

}
