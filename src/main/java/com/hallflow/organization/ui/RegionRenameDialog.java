package com.hallflow.organization.ui;

import com.hallflow.organization.RegionCommand;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

class RegionRenameDialog extends Dialog {

	final TextField name = new TextField();

	RegionRenameDialog(RegionService regions, RegionNode region, Runnable onSaved) {
		setHeaderTitle(getTranslation("organization.regions.rename"));
		name.setLabel(getTranslation("organization.region.name"));
		name.setValue(region.name());
		name.setRequiredIndicatorVisible(true);
		name.setMaxLength(RegionCommand.NAME_MOST);
		FormErrors errors = new FormErrors().bind("name", name);
		add(name);
		Button save = new Button(getTranslation("base.action.save"), e -> {
			try {
				regions.rename(region.id(), region.lockVersion(), name.getValue());
				Notifications.success(getTranslation("organization.regions.saved", name.getValue()));
				onSaved.run();
				close();
			}
			catch (BusinessException ex) {
				errors.show(ex, () -> {
					onSaved.run();
					close();
				});
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), save);
	}

}
