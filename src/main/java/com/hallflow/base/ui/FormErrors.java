package com.hallflow.base.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's refusal where the user looks for it: at the field it concerns,
 * otherwise in a notification; a concurrent edit opens a dialog that offers to reload.
 * Messages from services are translation keys.
 */
public final class FormErrors {

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	public FormErrors bind(String property, HasValidation field) {
		fields.put(property, field);
		return this;
	}

	public void clear() {
		fields.values().forEach(f -> {
			f.setInvalid(false);
			f.setErrorMessage(null);
		});
	}

	/**
	 * Displays the refusal. Anything not meant for users propagates to the global error
	 * handler.
	 * @param onReload what "reload" does after a concurrent edit
	 */
	public void show(RuntimeException error, Runnable onReload) {
		clear();
		UI ui = UI.getCurrent();
		if (error instanceof ConcurrentEditException conflict) {
			ConfirmDialog dialog = new ConfirmDialog();
			dialog.setId("conflict-dialog");
			dialog.setHeader(ui.getTranslation("base.conflict.title"));
			dialog.setText(ui.getTranslation(conflict.messageKey()));
			dialog.setConfirmText(ui.getTranslation("base.conflict.reload"));
			dialog.addConfirmListener(e -> onReload.run());
			dialog.setCancelable(true);
			dialog.setCancelText(ui.getTranslation("base.action.cancel"));
			dialog.open();
		}
		else if (error instanceof BusinessException refusal) {
			String message = ui.getTranslation(refusal.messageKey(), refusal.arguments());
			HasValidation field = refusal.field().map(fields::get).orElse(null);
			if (field != null) {
				field.setErrorMessage(message);
				field.setInvalid(true);
			}
			else {
				Notifications.error(message);
			}
		}
		else if (error instanceof ConstraintViolationException violations) {
			for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
				String message = ui.getTranslation(v.getMessage());
				HasValidation field = fields.get(lastNode(v.getPropertyPath()));
				if (field != null) {
					field.setErrorMessage(message);
					field.setInvalid(true);
				}
				else {
					Notifications.error(message);
				}
			}
		}
		else {
			throw error;
		}
	}

	private static String lastNode(Path path) {
		String name = null;
		for (Path.Node node : path) {
			name = node.getName();
		}
		return name;
	}

}
