package com.hallflow.flowexecution.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.TranslationProvider;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.Placeholders;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.counter.StepScreen;
import com.hallflow.flowexecution.DraftTrial;
import com.hallflow.flowexecution.DraftTrialService;
import com.hallflow.flowexecution.FieldError;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 试运行: head office runs a draft end to end in the counter's own step screen, with calls
 * into the published flows and back, before publishing. Nothing is stored or counted. A
 * run that reaches an end ticks its path in the designer's path list.
 */
@Route("flows/:key/trial")
@RolesAllowed(AppRoles.HQ_ADMIN)
public class DraftTrialView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final H2 heading = new H2();

	final Span where = new Span();

	final Div stepSlot = new Div();

	final Button back = new Button();

	final Button next = new Button();

	final Button again = new Button();

	final Button toEditor = new Button();

	final Paragraph result = new Paragraph();

	private final DraftTrialService trials;

	private final Clock clock;

	private String key;

	private DraftTrial trial;

	StepScreen screen;

	DraftTrialView(DraftTrialService trials, Clock clock) {
		this.trials = trials;
		this.clock = clock;
		setId("draft-trial");
		heading.setId("trial-heading");
		where.setId("trial-where");
		where.getElement().getThemeList().add("badge contrast");
		stepSlot.setWidthFull();
		stepSlot.setMaxWidth("48rem");
		result.setId("trial-result");
		back.setId("trial-back");
		back.setText(getTranslation("flowexecution.run.back"));
		back.setIcon(VaadinIcon.ARROW_LEFT.create());
		back.addClickListener(e -> after(trial.back()));
		next.setId("trial-next");
		next.setText(getTranslation("flowexecution.run.next"));
		next.setIcon(VaadinIcon.ARROW_RIGHT.create());
		next.setIconAfterText(true);
		next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		next.addClickListener(e -> submit());
		again.setId("trial-again");
		again.setText(getTranslation("flowexecution.trial.again"));
		again.setIcon(VaadinIcon.REFRESH.create());
		again.addClickListener(e -> begin());
		toEditor.setId("trial-to-editor");
		toEditor.setText(getTranslation("flowexecution.trial.toEditor"));
		toEditor.setIcon(VaadinIcon.EDIT.create());
		toEditor.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("flows/" + key)));
		Paragraph note = new Paragraph(getTranslation("flowexecution.trial.note"));
		note.addClassName("trial-note");
		add(new HorizontalLayout(toEditor, heading), note, where, stepSlot, result,
				new HorizontalLayout(back, next, again));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		key = event.getRouteParameters().get("key").orElseThrow();
		begin();
	}

	private void begin() {
		try {
			trial = trials.start(key);
		}
		catch (BusinessException ex) {
			// no draft to run, so no name to show: the key is not for people
			heading.setText(getTranslation("flowexecution.trial.titleOnly"));
			stepSlot.removeAll();
			result.setText(getTranslation(ex.messageKey(), ex.arguments()));
			back.setVisible(false);
			next.setVisible(false);
			again.setVisible(false);
			return;
		}
		heading.setText(getTranslation("flowexecution.trial.title", trial.breadcrumb().get(0)));
		render();
	}

	private void submit() {
		Map<String, String> values = new LinkedHashMap<>(screen.values());
		List<FieldError> errors = trial.submit(values, screen.checked(),
				screen.signatures().stream().map(StepScreen.Signed::inputKey).collect(Collectors.toSet()));
		after(errors);
	}

	private void after(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			Map<String, String> messages = new LinkedHashMap<>();
			for (FieldError error : errors) {
				messages.put(error.field(), getTranslation(error.messageKey()));
				if ("step".equals(error.field())) {
					Notifications.error(getTranslation(error.messageKey()));
				}
			}
			screen.showErrors(messages);
			return;
		}
		render();
	}

	private void render() {
		stepSlot.removeAll();
		result.setText("");
		boolean ended = trial.ended();
		back.setVisible(!ended);
		back.setEnabled(trial.canGoBack());
		next.setVisible(!ended);
		again.setVisible(ended);
		where.setVisible(!ended);
		if (ended) {
			trials.recordEnded(trial);
			result.setText(getTranslation("flowexecution.trial.ended", getTranslation(trial.outcome().messageKey()),
					trial.legs().size()));
			return;
		}
		StepDefinition step = trial.step().orElseThrow();
		next.setText(getTranslation(step.alwaysEndsTheRun() ? "flowexecution.run.finish" : "flowexecution.run.next"));
		where.setText(String.join(" › ", trial.breadcrumb()) + " · " + step.title());
		Map<String, String> placeholders = Placeholders
			.sample(step.script(), k -> getTranslation(k), k -> getTranslation(TranslationProvider.CHINESE, k),
					LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE))
			.all(trial.values())
			.build();
		screen = StepScreen.forCounter(step, placeholders);
		stepSlot.add(screen);
	}

	/** The trial as it stands, for tests. */
	DraftTrial trial() {
		return trial;
	}

	@Override
	public String getPageTitle() {
		return heading.getText() + " | " + getTranslation("app.name");
	}

}
