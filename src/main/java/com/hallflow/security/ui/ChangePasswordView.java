package com.hallflow.security.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.security.AppUser;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.PasswordPolicy;
import com.hallflow.security.UserAccountService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Every user may change their own password; a user with a temporary password is kept
 * here.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

	final PasswordField current = new PasswordField();

	final PasswordField next = new PasswordField();

	final PasswordField repeat = new PasswordField();

	final Button save = new Button();

	ChangePasswordView(UserAccountService accounts, CurrentUser currentUser, AuthenticationContext authentication) {
		setMaxWidth("28rem");
		getStyle().set("margin", "0 auto");
		AppUser me = currentUser.require();
		add(new H2(getTranslation("security.changePassword.title")));
		if (me.mustChangePassword()) {
			add(new Paragraph(getTranslation("security.changePassword.forced", me.displayName())));
		}
		current.setId("current-password");
		current.setLabel(getTranslation("security.changePassword.current"));
		next.setId("new-password");
		next.setLabel(getTranslation("security.changePassword.new"));
		next.setHelperText(getTranslation("security.password.length", PasswordPolicy.MIN_LENGTH));
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
		Button logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		add(current, next, repeat, save, logout);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("security.changePassword.title") + " | " + getTranslation("app.name");
	}

}
