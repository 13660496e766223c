package com.hallflow.flowdesign.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before leaving the editor with changes that are not saved. */
class UnsavedChangesDialog extends ConfirmDialog {

	UnsavedChangesDialog(Runnable leave) {
		setId("unsaved-dialog");
		setHeader(getTranslation("flowdesign.editor.unsaved.title"));
		setText(getTranslation("flowdesign.editor.unsaved.text"));
		setCancelable(true);
		setCancelText(getTranslation("flowdesign.editor.unsaved.stay"));
		setConfirmText(getTranslation("flowdesign.editor.unsaved.leave"));
		setConfirmButtonTheme("error primary");
		addConfirmListener(e -> leave.run());
	}

}
