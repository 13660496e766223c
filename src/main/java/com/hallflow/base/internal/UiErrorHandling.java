package com.hallflow.base.internal;

import com.hallflow.base.DatabaseTrouble;
import com.hallflow.base.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The last line of defence in the UI: an unexpected error is logged with a short
 * reference and the user sees a translated apology carrying that reference, never a stack
 * trace. While the database is out of reach the user is told so in words (the action can
 * be tried again in a moment), and the log carries one line, not a stack trace per click.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
	}

	private void handle(ErrorEvent event) {
		if (DatabaseTrouble.isCause(event.getThrowable())) {
			log.warn("An action failed: the database is out of reach ({})", event.getThrowable().toString());
			UI ui = UI.getCurrent();
			if (ui != null) {
				Notifications.error(ui.getTranslation("base.error.unavailable"));
			}
			return;
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error in the UI, reference {}", reference, event.getThrowable());
		UI ui = UI.getCurrent();
		if (ui != null) {
			Notifications.error(ui.getTranslation("base.error.unexpected", reference));
		}
	}

}
