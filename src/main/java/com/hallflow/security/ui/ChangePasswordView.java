package com.hallflow.security.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.LanguageSelect;
import com.hallflow.base.ui.Notifications;
import com.hallflow.security.AppUser;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.LanguagePreference;
import com.hallflow.security.PasswordPolicy;
import com.hallflow.security.UserAccountService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Every user may change their own password here (the header's 修改密码 leads here); a user
 * with a temporary password, after their first sign-in or a reset by head office, is kept
 * here until they have changed it. A card on its own page, as the sign-in is: the
 * application's name, what the page is for, the fields, and the way out — back to the
 * home page, or for a user who must change the password only signing out.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

	final PasswordField current = new PasswordField();

	final PasswordField next = new PasswordField();

	final PasswordField repeat = new PasswordField();

	final Button save = new Button();

	/** Back to the home page; none while the password must be changed. */
	final Button cancel = new Button();

	/** Only while the password must be changed, the one other way off this page. */
	final Button logout = new Button();

	ChangePasswordView(UserAccountService accounts, CurrentUser currentUser, AuthenticationContext authentication,
			LanguagePreference languages) {
		setWidthFull();
		// at least the window's height, so a short window scrolls instead of cutting the
		// top
		setMinHeight("100vh");
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		addClassName("login-view");
		AppUser me = currentUser.require();

		Span appName = new Span(getTranslation("app.name"));
		appName.addClassName("app-name");
		H2 title = new H2(getTranslation("security.changePassword.title"));
		title.getStyle().set("margin", "0");
		Paragraph reason = new Paragraph(
				me.mustChangePassword() ? getTranslation("security.changePassword.forced", me.displayName())
						: getTranslation("security.changePassword.intro"));
		reason.setId("change-password-reason");
		reason.getStyle().set("margin", "0");

		current.setId("current-password");
		current.setLabel(getTranslation("security.changePassword.current"));
		next.setId("new-password");
		next.setLabel(getTranslation("security.changePassword.new"));
		next.setHelperText(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH));
		repeat.setId("repeat-password");
		repeat.setLabel(getTranslation("security.changePassword.repeat"));
		for (PasswordField f : new PasswordField[] { current, next, repeat }) {
			f.setRequiredIndicatorVisible(true);
			f.setWidthFull();
		}
		FormErrors errors = new FormErrors().bind("currentPassword", current)
			.bind("newPassword", next)
			.bind("repeat", repeat);
		save.setId("change-password-save");
		save.setText(getTranslation("security.changePassword.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickShortcut(Key.ENTER);
		save.addClickListener(e -> {
			try {
				if (!next.getValue().equals(repeat.getValue())) {
					throw BusinessException.forField("repeat", "security.changePassword.mismatch");
				}
				accounts.changeOwnPassword(current.getValue(), next.getValue());
				Notifications.success(getTranslation("security.changePassword.done"));
				getUI().ifPresent(ui -> ui.navigate(""));
			}
			catch (BusinessException ex) {
				errors.show(ex, () -> {
				});
			}
		});
		cancel.setId("change-password-cancel");
		cancel.setText(getTranslation("security.changePassword.cancel"));
		cancel.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("")));
		logout.setId("change-password-logout");
		logout.setText(getTranslation("shell.logout"));
		logout.addClickListener(e -> authentication.logout());
		Button way = me.mustChangePassword() ? logout : cancel;
		way.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		// the buttons start where the fields start
		HorizontalLayout actions = new HorizontalLayout(save, way);
		actions.setPadding(false);

		VerticalLayout card = new VerticalLayout(title, reason, current, next, repeat, actions);
		card.setId("change-password-card");
		card.setWidthFull();
		card.setMaxWidth("26rem");
		card.setPadding(true);
		card.getStyle()
			.set("background", "var(--lumo-base-color)")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("box-shadow", "var(--lumo-box-shadow-s)")
			.set("padding", "var(--lumo-space-l)")
			.set("box-sizing", "border-box");
		add(appName, card, new LanguageSelect(languages::switchTo));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("security.changePassword.title") + " | " + getTranslation("app.name");
	}

}
