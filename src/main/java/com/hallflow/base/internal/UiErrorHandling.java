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
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The last line of defence in the UI: an unexpected error is logged with a short
 * reference and the user sees a translated apology carrying that reference, never a stack
 * trace. While the database is out of reach the user is told so in words (the action can
 * be tried again in a moment), and the log carries one line, not a stack trace per click.
 * An action that lost to another one at the same moment (another save of the same record,
 * an InnoDB deadlock, or a Galera certification conflict, which is reported the same way:
 * docs/decisions/0028-galera-cluster.md) rolled back whole: the user is told to try
 * again.
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
		ConcurrencyFailureException lost = concurrency(event.getThrowable());
		if (lost != null) {
			log.warn("An action lost to a concurrent one and was rolled back ({})", lost.toString());
			UI ui = UI.getCurrent();
			if (ui != null) {
				Notifications.error(ui.getTranslation(lost instanceof OptimisticLockingFailureException
						? "base.error.conflict" : "base.error.concurrent"));
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

	private static ConcurrencyFailureException concurrency(Throwable thrown) {
		for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ConcurrencyFailureException lost) {
				return lost;
			}
		}
		return null;
	}

}
