package com.hallflow.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.hallflow.security.SignInThrottledException;
import com.hallflow.support.KaribuTest;
import com.hallflow.support.TestClock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginUiTest extends KaribuTest {

	@Autowired
	TestClock clock;

	@Test
	void a_sign_in_held_back_by_the_throttle_shows_at_the_form_how_long_to_wait() {
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
					new SignInThrottledException(clock.instant().plus(Duration.ofSeconds(42))));
		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

		String texts = i18n(_get(LoginView.class));
		assertThat(texts).contains(zh("security.login.throttled.title"))
			.containsPattern("请在 4[12] 秒后再试")
			.doesNotContain(zh("security.login.error.title"));
	}

	@Test
	void a_wrong_password_shows_the_general_message_that_names_no_reason() {
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("Bad credentials"));
		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

		LoginView view = _get(LoginView.class);
		assertThat(view.form.isError()).isTrue();
		assertThat(i18n(view)).contains(zh("security.login.error.title")).doesNotContain("秒后再试");
	}

	private static String i18n(LoginView view) {
		MockVaadin.clientRoundtrip();
		return String.valueOf(view.form.getElement().getPropertyRaw("i18n"));
	}

}
