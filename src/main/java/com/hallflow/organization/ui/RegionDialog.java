package com.hallflow.organization.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.organization.RegionCommand;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;

/** Adds a province, or a city under the given province. */
class RegionDialog extends Dialog {

	final TextField code = new TextField();

	final TextField name = new TextField();

	RegionDialog(RegionService regions, RegionNode province, Runnable onSaved) {
		setId("region-dialog");
		setHeaderTitle(province == null ? getTranslation("organization.regions.addProvince")
				: getTranslation("organization.regions.addCityTo", province.name()));
		code.setId("region-code");
		code.setLabel(getTranslation("organization.region.code"));
		code.setRequiredIndicatorVisible(true);
		code.setMaxLength(RegionCommand.CODE_MOST);
		name.setId("region-name");
		name.setLabel(getTranslation("organization.region.name"));
		name.setRequiredIndicatorVisible(true);
		name.setMaxLength(RegionCommand.NAME_MOST);
		FormErrors errors = new FormErrors().bind("code", code).bind("name", name);
		add(new FormLayout(code, name));
		Button save = new Button(getTranslation("base.action.save"), e -> {
			try {
				RegionNode saved = regions.create(
						new RegionCommand(code.getValue(), name.getValue(), province == null ? null : province.id()));
				Notifications.success(getTranslation("organization.regions.saved", saved.name()));
				onSaved.run();
				close();
			}
			catch (BusinessException | ConstraintViolationException ex) {
				errors.show(ex, onSaved);
			}
		});
		save.setId("region-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), save);
	}

}
