package com.hallflow.security.ui;

import com.hallflow.base.DatabaseTrouble;
import com.hallflow.base.ui.LanguageSelect;
import com.hallflow.security.LanguagePreference;
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
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm form = new LoginForm();

	private final AuthenticationContext authentication;

	LoginView(LanguagePreference languages, AuthenticationContext authentication) {
		this.authentication = authentication;
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		addClassName("login-view");

		H1 title = new H1(getTranslation("app.name"));
		Paragraph tagline = new Paragraph(getTranslation("security.login.tagline"));
		form.setI18n(i18n());
		form.setAction("login");
		form.setForgotPasswordButtonVisible(false);
		add(title, tagline, form, new LanguageSelect(languages::switchTo));
	}

	private LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form f = i18n.getForm();
		f.setTitle(getTranslation("security.login.title"));
		f.setUsername(getTranslation("security.login.username"));
		f.setPassword(getTranslation("security.login.password"));
		f.setSubmit(getTranslation("security.login.submit"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(getTranslation("security.login.error.title"));
		error.setMessage(getTranslation("security.login.error.message"));
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
		if (failed && databaseWasOutOfReach()) {
			// not "wrong name or password": the sign-in could not be checked at all
			LoginI18n i18n = i18n();
			i18n.getErrorMessage().setTitle(getTranslation("shell.unavailable.title"));
			i18n.getErrorMessage().setMessage(getTranslation("security.login.error.unavailable"));
			form.setI18n(i18n);
		}
		form.setError(failed);
	}

	/**
	 * Whether the last failed sign-in of this browser failed because the database did.
	 */
	private static boolean databaseWasOutOfReach() {
		VaadinSession session = VaadinSession.getCurrent();
		return session != null && session.getSession() != null
				&& session.getSession()
					.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Throwable failure
				&& DatabaseTrouble.isCause(failure);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("security.login.title") + " | " + getTranslation("app.name");
	}

}
