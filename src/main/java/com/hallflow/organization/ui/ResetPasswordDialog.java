package com.hallflow.organization.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.security.PasswordPolicy;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

/** Gives a user a temporary password that they must replace at their next login. */
class ResetPasswordDialog extends Dialog {

	final PasswordField password = new PasswordField();

	ResetPasswordDialog(UserAccountService accounts, UserSummary user, Runnable onDone) {
		setId("reset-password-dialog");
		setHeaderTitle(getTranslation("organization.staff.resetPassword"));
		password.setId("reset-password");
		password.setLabel(getTranslation("organization.staff.temporaryPassword"));
		password.setHelperText(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH));
		password.setWidthFull();
		FormErrors errors = new FormErrors().bind("password", password);
		add(new Paragraph(getTranslation("organization.staff.resetPassword.text", user.displayName())), password);
		Button confirm = new Button(getTranslation("organization.staff.resetPassword.confirm"), e -> {
			try {
				accounts.resetPassword(user.id(), password.getValue());
				Notifications.success(getTranslation("organization.staff.resetPassword.done", user.username()));
				onDone.run();
				close();
			}
			catch (BusinessException ex) {
				errors.show(ex, () -> {
				});
			}
		});
		confirm.setId("reset-password-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), confirm);
	}

}
