package com.hallflow.organization.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.List;

/** Creates or edits one branch; a concurrent edit is refused and offered for reload. */
class BranchDialog extends Dialog {

	final TextField code = new TextField();

	final TextField name = new TextField();

	final ComboBox<RegionNode> region = new ComboBox<>();

	final TextField address = new TextField();

	final Checkbox open = new Checkbox();

	final Button save = new Button();

	private final BranchService branches;

	private final List<RegionNode> regions;

	private final Runnable onSaved;

	private final FormErrors errors = new FormErrors();

	private BranchSummary editing;

	BranchDialog(BranchService branches, List<RegionNode> regions, BranchSummary editing, Runnable onSaved) {
		this.branches = branches;
		this.regions = regions;
		this.onSaved = onSaved;
		setId("branch-dialog");
		setHeaderTitle(getTranslation(editing == null ? "organization.branches.create" : "organization.branches.edit"));
		setWidth("36rem");

		code.setId("branch-code");
		code.setLabel(getTranslation("organization.branch.code"));
		code.setHelperText(getTranslation("organization.branch.code.help"));
		code.setMaxLength(BranchCommand.CODE_MOST);
		name.setId("branch-name");
		name.setLabel(getTranslation("organization.branch.name"));
		name.setMaxLength(BranchCommand.NAME_MOST);
		region.setId("branch-region");
		region.setLabel(getTranslation("organization.branch.region"));
		region.setItems(regions);
		region.setItemLabelGenerator(r -> RegionLabels.path(r, regions));
		address.setId("branch-address");
		address.setLabel(getTranslation("organization.branch.address"));
		address.setMaxLength(BranchCommand.ADDRESS_MOST);
		open.setId("branch-open");
		open.setLabel(getTranslation("organization.branch.open"));
		code.setRequiredIndicatorVisible(true);
		name.setRequiredIndicatorVisible(true);
		region.setRequiredIndicatorVisible(true);
		errors.bind("code", code).bind("name", name).bind("regionId", region).bind("address", address);

		FormLayout form = new FormLayout(code, name, region, address, open);
		form.setColspan(address, 2);
		add(form);

		save.setId("branch-save");
		save.setText(getTranslation("base.action.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(e -> save());
		Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());
		getFooter().add(cancel, save);
		show(editing);
	}

	private void show(BranchSummary branch) {
		this.editing = branch;
		errors.clear();
		code.setReadOnly(branch != null);
		code.setValue(branch == null ? "" : branch.code());
		name.setValue(branch == null ? "" : branch.name());
		region.setValue(branch == null ? null
				: regions.stream().filter(r -> r.id() == branch.regionId()).findFirst().orElse(null));
		address.setValue(branch == null || branch.address() == null ? "" : branch.address());
		open.setValue(branch == null || branch.open());
	}

	private void save() {
		BranchCommand command = new BranchCommand(editing == null ? null : editing.id(),
				editing == null ? 0 : editing.lockVersion(), code.getValue(), name.getValue(),
				region.getValue() == null ? null : region.getValue().id(), address.getValue(), open.getValue());
		try {
			BranchSummary saved = editing == null ? branches.create(command) : branches.update(command);
			Notifications.success(getTranslation("organization.branch.saved", saved.name()));
			onSaved.run();
			close();
		}
		catch (BusinessException | ConstraintViolationException ex) {
			errors.show(ex, () -> show(branches.get(editing.id())));
		}
	}

}
