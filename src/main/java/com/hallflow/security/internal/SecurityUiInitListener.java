package com.hallflow.security.internal;

import com.hallflow.base.TranslationProvider;
import com.hallflow.security.AppUser;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.LanguagePreference;
import com.hallflow.security.ui.ChangePasswordView;
import com.hallflow.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Applies the signed-in user's language to every new UI and keeps a user whose password
 * must change on the change-password page until they have changed it.
 */
@Component
class SecurityUiInitListener implements VaadinServiceInitListener {

	private final CurrentUser currentUser;

	SecurityUiInitListener(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> {
			UI ui = init.getUI();
			Optional<AppUser> user = currentUser.getEvenWithoutTheDatabase();
			Locale chosen = user.map(AppUser::locale)
				.or(() -> Optional
					.ofNullable((Locale) VaadinSession.getCurrent().getAttribute(LanguagePreference.SESSION_ATTRIBUTE)))
				.orElse(ui.getLocale());
			ui.setLocale(TranslationProvider.supported(chosen));
			// the page's language follows, so the browser sets quotes and punctuation as
			// that language does (English “ ” are not full width)
			ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
			ui.addBeforeEnterListener(this::keepOnPasswordChange);
		});
	}

	private void keepOnPasswordChange(BeforeEnterEvent event) {
		Class<?> target = event.getNavigationTarget();
		if (target == ChangePasswordView.class || target == LoginView.class) {
			return;
		}
		// while the database is out the page cannot show anything either: it goes on to
		// say so
		if (currentUser.getEvenWithoutTheDatabase().map(AppUser::mustChangePassword).orElse(false)) {
			event.forwardTo(ChangePasswordView.class);
		}
	}

}
