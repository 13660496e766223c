package com.hallflow.shell.ui;

import com.hallflow.base.DatabaseTrouble;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page shows when it cannot be built: while the database is out of reach, a
 * translated "service temporarily unavailable" with a button to try again (the page comes
 * back by itself once the database does); any other failure, a translated apology with a
 * short reference that the log carries too. Never the framework's stack trace.
 */
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

	private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		removeAll();
		Exception failure = parameter.getCaughtException();
		Button again = new Button(getTranslation("shell.error.tryAgain"), click -> UI.getCurrent().getPage().reload());
		again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout actions = new HorizontalLayout(again, new Anchor("", getTranslation("shell.backHome")));
		actions.setAlignItems(Alignment.BASELINE);
		if (DatabaseTrouble.isCause(failure)) {
			log.warn("Page {} not shown: the database is out of reach ({})", event.getLocation().getPath(),
					failure.toString());
			setId("service-unavailable");
			add(new H2(getTranslation("shell.unavailable.title")),
					new Paragraph(getTranslation("shell.unavailable.text")), actions);
			return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Page {} failed, reference {}", event.getLocation().getPath(), reference, failure);
		setId("server-error");
		add(new H2(getTranslation("shell.error.title")),
				new Paragraph(getTranslation("base.error.unexpected", reference)), actions);
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

}
