package com.hallflow.security.ui;

import com.hallflow.base.DatabaseTrouble;
import com.hallflow.base.ui.LanguageSelect;
import com.hallflow.security.LanguagePreference;
import com.hallflow.security.SignInThrottledException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final LoginForm form = new LoginForm();

	private final AuthenticationContext authentication;

	private final Clock clock;

	LoginView(LanguagePreference languages, AuthenticationContext authentication, Clock clock) {
		this.authentication = authentication;
		this.clock = clock;
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		addClassName("login-view");

		H1 title = new H1(getTranslation("app.name"));
		Paragraph tagline = new Paragraph(getTranslation("security.login.tagline"));
		form.setAction("login");
		form.setForgotPasswordButtonVisible(false);
		add(title, tagline, form, new LanguageSelect(languages::switchTo));
	}

	/**
	 * The form's texts; its error says why the last sign-in failed when that was not a
	 * wrong name or password: the database out of reach, or the throttle holding it back
	 * (and for how long).
	 */
	private LoginI18n i18n(Object failure) {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form f = i18n.getForm();
		f.setTitle(getTranslation("security.login.title"));
		f.setUsername(getTranslation("security.login.username"));
		f.setPassword(getTranslation("security.login.password"));
		f.setSubmit(getTranslation("security.login.submit"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(getTranslation("security.login.error.title"));
		error.setMessage(getTranslation("security.login.error.message"));
		if (failure instanceof Throwable trouble && DatabaseTrouble.isCause(trouble)) {
			// not "wrong name or password": the sign-in could not be checked at all
			error.setTitle(getTranslation("shell.unavailable.title"));
			error.setMessage(getTranslation("security.login.error.unavailable"));
		}
		else if (failure instanceof SignInThrottledException throttled
				&& throttled.retryAt().isAfter(clock.instant())) {
			error.setTitle(getTranslation("security.login.throttled.title"));
			error.setMessage(getTranslation("security.login.throttled", throttled.secondsLeft(clock.instant())));
		}
		error.setUsername(getTranslation("security.login.error.usernameRequired"));
		error.setPassword(getTranslation("security.login.error.passwordRequired"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (authentication.isAuthenticated()) {
			event.forwardTo("");
			return;
		}
		boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
		form.setI18n(i18n(failed ? lastFailure() : null));
		form.setError(failed);
	}

	/** Why the last sign-in of this browser failed, as Spring Security left it. */
	private static Object lastFailure() {
		VaadinSession session = VaadinSession.getCurrent();
		return session == null || session.getSession() == null ? null
				: session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("security.login.title") + " | " + getTranslation("app.name");
	}

}
