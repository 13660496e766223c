package com.hallflow.organization.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.PasswordPolicy;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UpdateUserCommand;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.List;

/**
 * Creates a staff account with a temporary password, or edits one: name, role, branch (a
 * branch role's) or region (a region admin's, chosen by name), enabled, and a password
 * reset.
 */
class UserDialog extends Dialog {

	final TextField username = new TextField();

	final TextField displayName = new TextField();

	final Select<StaffRole> role = new Select<>();

	final ComboBox<BranchSummary> branch = new ComboBox<>();

	final ComboBox<RegionNode> region = new ComboBox<>();

	final PasswordField password = new PasswordField();

	final Checkbox enabled = new Checkbox();

	final Button save = new Button();

	final Button resetPassword = new Button();

	private final UserAccountService accounts;

	private final List<BranchSummary> branches;

	private final List<RegionNode> regions;

	private final Runnable onSaved;

	private final FormErrors errors = new FormErrors();

	private UserSummary editing;

	UserDialog(UserAccountService accounts, List<BranchSummary> branches, List<RegionNode> regions, UserSummary editing,
			Runnable onSaved) {
		this.accounts = accounts;
		this.branches = branches;
		this.regions = regions;
		this.onSaved = onSaved;
		setId("user-dialog");
		setHeaderTitle(getTranslation(editing == null ? "organization.staff.create" : "organization.staff.edit"));
		setWidth("36rem");

		username.setId("user-username");
		username.setLabel(getTranslation("organization.staff.username"));
		username.setHelperText(getTranslation("organization.staff.username.help"));
		username.setMaxLength(CreateUserCommand.USERNAME_MOST);
		displayName.setId("user-display-name");
		displayName.setLabel(getTranslation("organization.staff.displayName"));
		displayName.setMaxLength(UpdateUserCommand.NAME_MOST);
		role.setId("user-role");
		role.setLabel(getTranslation("organization.staff.role"));
		role.setItems(StaffRole.values());
		role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
		role.addValueChangeListener(e -> {
			branch.setVisible(e.getValue() == null || e.getValue().requiresBranch());
			region.setVisible(e.getValue() != null && e.getValue().requiresRegion());
		});
		branch.setId("user-branch");
		branch.setLabel(getTranslation("organization.staff.branch"));
		branch.setItems(branches);
		branch.setItemLabelGenerator(BranchSummary::label);
		region.setId("user-region");
		region.setLabel(getTranslation("organization.staff.region"));
		region.setHelperText(getTranslation("organization.staff.region.help"));
		region.setItems(regions);
		region.setItemLabelGenerator(r -> RegionLabels.path(r, regions));
		region.setVisible(false);
		password.setId("user-password");
		password.setLabel(getTranslation("organization.staff.initialPassword"));
		password.setHelperText(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH));
		enabled.setId("user-enabled");
		enabled.setLabel(getTranslation("organization.staff.enabled"));
		for (var f : List.of(username, displayName, password)) {
			f.setRequiredIndicatorVisible(true);
		}
		role.setRequiredIndicatorVisible(true);
		branch.setRequiredIndicatorVisible(true);
		region.setRequiredIndicatorVisible(true);
		errors.bind("username", username)
			.bind("displayName", displayName)
			.bind("role", role)
			.bind("branchId", branch)
			.bind("regionId", region)
			.bind("initialPassword", password)
			.bind("enabled", enabled);

		add(new FormLayout(username, displayName, role, branch, region, password, enabled));

		save.setId("user-save");
		save.setText(getTranslation("base.action.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(e -> save());
		resetPassword.setId("user-reset-password");
		resetPassword.setText(getTranslation("organization.staff.resetPassword"));
		resetPassword.addClickListener(e -> new ResetPasswordDialog(accounts, this.editing, onSaved).open());
		Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());
		getFooter().add(resetPassword, cancel, save);
		show(editing);
	}

	private void show(UserSummary user) {
		this.editing = user;
		errors.clear();
		boolean creating = user == null;
		username.setReadOnly(!creating);
		username.setValue(creating ? "" : user.username());
		displayName.setValue(creating ? "" : user.displayName());
		role.setValue(creating ? StaffRole.BRANCH_STAFF : user.role());
		branch.setValue(creating || user.branchId() == null ? null
				: branches.stream().filter(b -> b.id() == user.branchId()).findFirst().orElse(null));
		region.setValue(creating || user.regionId() == null ? null
				: regions.stream().filter(r -> r.id() == user.regionId()).findFirst().orElse(null));
		password.setVisible(creating);
		enabled.setVisible(!creating);
		enabled.setValue(creating || user.enabled());
		resetPassword.setVisible(!creating);
	}

	private void save() {
		Long branchId = branch.getValue() == null || !branch.isVisible() ? null : branch.getValue().id();
		Long regionId = region.getValue() == null || !region.isVisible() ? null : region.getValue().id();
		try {
			UserSummary saved = editing == null
					? accounts.create(new CreateUserCommand(username.getValue(), displayName.getValue(),
							role.getValue(), branchId, regionId, password.getValue(), true))
					: accounts.update(new UpdateUserCommand(editing.id(), editing.lockVersion(), displayName.getValue(),
							role.getValue(), branchId, regionId, enabled.getValue()));
			Notifications.success(getTranslation("organization.staff.saved", saved.username()));
			onSaved.run();
			close();
		}
		catch (BusinessException | ConstraintViolationException ex) {
			errors.show(ex, () -> show(accounts.get(editing.id())));
		}
	}

}
