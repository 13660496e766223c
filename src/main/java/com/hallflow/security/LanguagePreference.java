package com.hallflow.security;

import com.hallflow.base.TranslationProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Switches the UI language: for this browser session, and for a signed-in user also in
 * their account so that it follows them to the next login.
 */
@Component
public class LanguagePreference {

	public static final String SESSION_ATTRIBUTE = "hallflow.locale";

	private final CurrentUser currentUser;

	private final UserAccountService accounts;

	LanguagePreference(CurrentUser currentUser, UserAccountService accounts) {
		this.currentUser = currentUser;
		this.accounts = accounts;
	}

	public void switchTo(Locale requested) {
		Locale locale = TranslationProvider.supported(requested);
		if (currentUser.get().isPresent()) {
			accounts.changeOwnLocale(locale);
		}
		VaadinSession.getCurrent().setAttribute(SESSION_ATTRIBUTE, locale);
		UI.getCurrent().setLocale(locale);
		UI.getCurrent().getPage().reload();
	}

}
