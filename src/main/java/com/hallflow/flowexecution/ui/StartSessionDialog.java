package com.hallflow.flowexecution.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.MobileNumber;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.base.CustomerGrade;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Starts a session: the customer's mobile number (optional, checked as typed), name and
 * grade.
 */
class StartSessionDialog extends Dialog {

	final TextField mobile = new TextField();

	final TextField name = new TextField();

	final Select<CustomerGrade> grade = new Select<>();

	final Checkbox practice = new Checkbox();

	final Button start = new Button();

	StartSessionDialog(PublishedFlow flow, ServiceSessionService sessions) {
		setId("start-dialog");
		setHeaderTitle(getTranslation("flowexecution.start.title", flow.document().name()));
		mobile.setId("start-mobile");
		mobile.setLabel(getTranslation("flowexecution.start.mobile"));
		// typed any way (full-width, with spaces or dashes, +86): read by the same rule
		// as
		// the server's, which keeps the 11 digits
		mobile.setMaxLength(20);
		mobile.setValueChangeMode(ValueChangeMode.LAZY);
		mobile.addValueChangeListener(e -> {
			String v = MobileNumber.normalise(e.getValue()).trim();
			boolean bad = !v.isEmpty() && !MobileNumber.isValid(v);
			mobile.setInvalid(bad);
			mobile.setErrorMessage(bad ? getTranslation("flowdesign.screen.mobile.invalid") : null);
			mobile.setHelperText(!v.isEmpty() && !bad ? MobileNumber.mask(v) : null);
		});
		name.setId("start-name");
		name.setLabel(getTranslation("flowexecution.start.name"));
		name.setMaxLength(StartSessionCommand.NAME_MOST);
		grade.setId("start-grade");
		grade.setLabel(getTranslation("flowexecution.start.grade"));
		grade.setItems(CustomerGrade.values());
		grade.setItemLabelGenerator(g -> g == null ? "" : getTranslation(g.messageKey()));
		grade.setEmptySelectionAllowed(true);
		grade.setEmptySelectionCaption(getTranslation("flowexecution.start.grade.unknown"));
		practice.setId("start-practice");
		practice.setLabel(getTranslation("flowexecution.start.practice"));
		FormLayout form = new FormLayout(mobile, name, grade, practice);
		add(form);
		FormErrors errors = new FormErrors().bind("customerMobile", mobile)
			.bind("customerName", name)
			.bind("customerGrade", grade);
		start.setText(getTranslation("flowexecution.start.go"));
		start.setId("start-go");
		start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
		start.addClickShortcut(Key.ENTER);
		start.addClickListener(e -> {
			try {
				RunningSession session = sessions.start(new StartSessionCommand(flow.key(), practice.getValue(),
						name.getValue(), mobile.getValue(), grade.getValue() == null ? null : grade.getValue().name()));
				UI ui = UI.getCurrent();
				close();
				ui.navigate(GuidedRunView.class, GuidedRunView.params(session.id()));
			}
			catch (BusinessException ex) {
				errors.show(ex, () -> {
				});
			}
		});
		Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());
		getFooter().add(cancel, start);
		addOpenedChangeListener(e -> mobile.focus());
	}

}
