package com.hallflow.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserFilter;
import com.hallflow.security.UserSummary;
import com.hallflow.shell.ui.HomeView;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class ChangePasswordUiTest extends KaribuTest {

	@Autowired
	UserAccountService accounts;

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

}
