package com.hallflow.flowdesign.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.DraftEdits;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowInvalidException;
import com.hallflow.flowdesign.FlowSummary;
import com.hallflow.flowdesign.FlowValidator;
import com.hallflow.flowdesign.Placeholders;
import com.hallflow.flowdesign.ScriptLibraryService;
import com.hallflow.flowdesign.ScriptSnippet;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.ValidationIssue;
import com.hallflow.flowdesign.counter.StepScreen;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The draft editor: the step list (add, reorder by dragging, duplicate, delete), the
 * editor of the selected step, the live preview with the counter's own component, and the
 * validation panel. Save keeps the draft whatever its state; publishing needs zero
 * errors.
 */
@Route("flows/:key")
@RolesAllowed(AppRoles.HQ_ADMIN)
public class FlowEditorView extends VerticalLayout
		implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

	final StepList steps = new StepList(() -> this.history.current(), doc -> apply(doc, true), this::selectFromList);

	final StepToolbar stepToolbar;

	final Button save = new Button();

	final Button publish = new Button();

	final Button undo = new Button(VaadinIcon.ARROW_BACKWARD.create());

	final Button redo = new Button(VaadinIcon.ARROW_FORWARD.create());

	final Span state = new Span();

	final ValidationPanel validation = new ValidationPanel(this::select);

	final Div editorSlot = new Div();

	final Div previewSlot = new Div();

	final FlowDiagram diagram = new FlowDiagram(this::select,
			new DiagramEdits(() -> this.history.current(), this::words, (stepKey, doc) -> {
				this.selectedKey = stepKey == null ? this.selectedKey : stepKey;
				apply(doc, true);
			}, this::confirmDelete));

	final PathsPanel paths = new PathsPanel();

	final Button trial = new Button();

	private final FlowDesignService flows;

	final H2 heading = new H2();

	private final Map<String, String> sampleValues;

	private List<ScriptSnippet> snippets = List.of();

	private FlowValidator validator;

	private List<String> callableFlows = List.of();

	private Map<String, String> flowNames = Map.of();

	private String key;

	private long lockVersion;

	private DraftHistory history;

	private String selectedKey;

	private List<ValidationIssue> issues = List.of();

	FlowEditorView(FlowDesignService flows, ScriptLibraryService library, Clock clock) {
		this.flows = flows;
		this.snippets = library.all();
		this.sampleValues = Placeholders
			.sample(k -> getTranslation(k), LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE))
			.build();
		setSizeFull();
		buildToolbar();

		stepToolbar = new StepToolbar(snippets, () -> history.current(), this::selected, this::insert, this::move,
				this::confirmDelete);
		VerticalLayout left = new VerticalLayout(stepToolbar, steps);
		left.setPadding(false);
		left.expand(steps);
		editorSlot.setWidthFull();
		Details diagramDetails = new Details(getTranslation("flowdesign.editor.diagram"), diagram);
		diagramDetails.setOpened(true);
		diagramDetails.setWidthFull();
		VerticalLayout right = new VerticalLayout(new H4(getTranslation("flowdesign.editor.preview")), previewSlot,
				validation, paths, diagramDetails);
		right.setPadding(false);
		previewSlot.addClassName("preview");
		SplitLayout inner = new SplitLayout(editorSlot, right);
		inner.setSplitterPosition(58);
		SplitLayout outer = new SplitLayout(left, inner);
		outer.setSplitterPosition(22);
		outer.setSizeFull();
		add(outer);
		expand(outer);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		key = event.getRouteParameters().get("key").orElseThrow();
		Optional<Draft> draft = flows.draft(key);
		if (draft.isEmpty()) {
			event.forwardTo(FlowHistoryView.class, new RouteParameters("key", key));
			return;
		}
		var calls = flows.publishedCalls();
		validator = new FlowValidator(calls);
		flowNames = flows.flows().stream().collect(Collectors.toMap(FlowSummary::key, FlowSummary::name));
		callableFlows = calls.keySet()
			.stream()
			.filter(k -> !k.equals(key))
			.sorted(Comparator.comparing((String k) -> flowNames.getOrDefault(k, k)))
			.toList();
		paths.load(flows, key);
		load(draft.get());
	}

	@Override
	public void beforeLeave(BeforeLeaveEvent event) {
		if (history == null || !history.dirty()) {
			return;
		}
		BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
		new UnsavedChangesDialog(action::proceed).open();
	}

	private void load(Draft draft) {
		lockVersion = draft.lockVersion();
		if (history == null) {
			history = new DraftHistory(draft.document());
		}
		else {
			history.reset(draft.document());
		}
		selectedKey = draft.document().steps().isEmpty() ? null : draft.document().steps().get(0).key();
		refresh(true);
	}

	private void buildToolbar() {
		save.setId("flow-save");
		save.setText(getTranslation("base.action.save"));
		save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
		save.addClickListener(e -> save());
		publish.setId("flow-publish");
		publish.setText(getTranslation("flowdesign.editor.publish"));
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		publish.addClickListener(e -> openPublish());
		historyButton(undo, "flow-undo", "flowdesign.editor.undo", Key.KEY_Z, () -> history.undo());
		historyButton(redo, "flow-redo", "flowdesign.editor.redo", Key.KEY_Y, () -> history.redo());
		Button properties = new Button(getTranslation("flowdesign.editor.properties"), VaadinIcon.COG.create(),
				e -> new FlowPropertiesDialog(history.current(), doc -> apply(doc, false)).open());
		properties.setId("flow-properties");
		Button versions = new Button(getTranslation("flowdesign.flows.history"), VaadinIcon.TIME_BACKWARD.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(FlowHistoryView.class, new RouteParameters("key", key))));
		Button back = new Button(getTranslation("flowdesign.flows.title"), VaadinIcon.ARROW_LEFT.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(FlowsView.class)));
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		state.setId("flow-state");
		// the flow's name and the save state stay on one line each (a very long name ends
		// in "…"); when the buttons do not fit beside them, they wrap to a second row
		heading.getStyle()
			.set("white-space", "nowrap")
			.set("overflow", "hidden")
			.set("text-overflow", "ellipsis")
			.set("flex-shrink", "0")
			.set("max-width", "20em")
			.set("margin", "0");
		state.getStyle().set("white-space", "nowrap");
		trial.setId("flow-trial");
		trial.setText(getTranslation("flowdesign.editor.trial"));
		trial.setIcon(VaadinIcon.PLAY.create());
		trial.addClickListener(e -> {
			if (!history.dirty() || save()) {
				getUI().ifPresent(ui -> ui.navigate("flows/" + key + "/trial"));
			}
		});
		HorizontalLayout bar = new HorizontalLayout(back, heading, state, undo, redo, properties, versions, save, trial,
				publish);
		bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		bar.setWidthFull();
		bar.setWrap(true);
		bar.expand(state);
		add(bar);
	}

	/** Undo or redo: the step at the same place stays selected. */
	private void historyButton(Button button, String id, String labelKey, Key shortcut, Runnable action) {
		button.setId(id);
		button.setAriaLabel(getTranslation(labelKey));
		button.setTooltipText(getTranslation(labelKey));
		button.addClickShortcut(shortcut, KeyModifier.CONTROL);
		button.addClickListener(e -> {
			int at = selectedIndex();
			action.run();
			keepSelection(at);
			refresh(true);
		});
	}

	private void selectFromList(StepDefinition step) {
		if (!step.key().equals(selectedKey)) {
			selectedKey = step.key();
			showSelected(true);
		}
	}

	/** Puts a new step after the selected one (or at the end) and selects it. */
	void insert(StepDefinition step) {
		List<StepDefinition> list = new ArrayList<>(history.current().steps());
		int at = selected().map(s -> list.indexOf(s) + 1).orElse(list.size());
		list.add(at, step);
		selectedKey = step.key();
		apply(history.current().withSteps(list), true);
	}

	void move(int by) {
		selected().ifPresent(s -> {
			List<StepDefinition> list = new ArrayList<>(history.current().steps());
			int from = list.indexOf(s);
			int to = from + by;
			if (to >= 0 && to < list.size()) {
				list.remove(from);
				list.add(to, s);
				apply(history.current().withSteps(list), true);
			}
		});
	}

	private void confirmDelete(StepDefinition step) {
		new DeleteStepDialog(history.current(), step, words(), redirectTo -> {
			FlowDocument doc = redirectTo == null ? history.current()
					: DraftEdits.retarget(history.current(), step.key(), redirectTo);
			List<StepDefinition> list = new ArrayList<>(doc.steps());
			int at = history.current().steps().indexOf(step);
			list.remove(at);
			selectedKey = list.isEmpty() ? null : list.get(Math.min(at, list.size() - 1)).key();
			apply(doc.withSteps(list), true);
		}).open();
	}

	/**
	 * Applies an edit of the selected step coming from the step editor; a new key renames
	 * every branch that led to the step.
	 */
	private void editSelected(StepDefinition edited) {
		int at = selectedIndex();
		if (at < 0) {
			return;
		}
		FlowDocument doc = history.current();
		String before = doc.steps().get(at).key();
		if (!Objects.equals(before, edited.key())) {
			doc = DraftEdits.renameStep(doc, before, edited.key());
		}
		List<StepDefinition> list = new ArrayList<>(doc.steps());
		list.set(at, edited.withDecision(list.get(at).decision()));
		if (Objects.equals(before, edited.key())) {
			list.set(at, edited);
		}
		selectedKey = edited.key();
		apply(doc.withSteps(list), false);
	}

	private void apply(FlowDocument next, boolean rebuildEditor) {
		history.apply(next);
		refresh(rebuildEditor);
	}

	private void refresh(boolean rebuildEditor) {
		FlowDocument doc = history.current();
		heading.setText(doc.name());
		issues = validator.validate(doc);
		validation.show(issues);
		steps.show(doc.steps(), issues);
		selected().ifPresentOrElse(steps::select, steps::deselectAll);
		undo.setEnabled(history.canUndo());
		redo.setEnabled(history.canRedo());
		boolean hasErrors = issues.stream().anyMatch(ValidationIssue::isError);
		publish.setEnabled(!hasErrors);
		trial.setEnabled(!hasErrors);
		trial.setTooltipText(hasErrors ? getTranslation("flowexecution.trial.hasErrors") : null);
		paths.show(doc, words());
		publish.setTooltipText(hasErrors ? getTranslation("flowdesign.editor.publishBlocked") : null);
		state.setText(
				getTranslation(history.dirty() ? "flowdesign.editor.unsavedChanges" : "flowdesign.editor.allSaved"));
		boolean any = selected().isPresent();
		stepToolbar.stepSelected(any);
		showSelected(rebuildEditor);
		diagram.show(doc, selectedKey,
				issues.stream()
					.filter(ValidationIssue::isError)
					.map(ValidationIssue::stepKey)
					.filter(Objects::nonNull)
					.collect(Collectors.toSet()),
				words());
	}

	private void showSelected(boolean rebuildEditor) {
		Optional<StepDefinition> step = selected();
		if (rebuildEditor) {
			editorSlot.removeAll();
			step.ifPresentOrElse(
					s -> editorSlot.add(new StepEditor(history.current(), s, snippets, callableFlows, words(),
							this::editSelected, () -> refresh(true))),
					() -> editorSlot.add(new Span(getTranslation("flowdesign.editor.noStep"))));
		}
		previewSlot.removeAll();
		step.ifPresent(s -> previewSlot.add(new StepScreen(withLibraryText(s), sampleValues)));
	}

	/** The draft as it stands, in names rather than keys. */
	private FlowWords words() {
		return new FlowWords(history.current(), flowNames, this::getTranslation);
	}

	private StepDefinition withLibraryText(StepDefinition step) {
		if (step.scriptRef() == null) {
			return step;
		}
		return snippets.stream()
			.filter(sn -> sn.key().equals(step.scriptRef()))
			.findFirst()
			.map(sn -> step.withScript(step.scriptRef(), sn.text()))
			.orElse(step);
	}

	/**
	 * After undo or redo the selected step may have another key (a rename undone): the
	 * step at the same place stays selected, so the step actions stay enabled.
	 */
	private void keepSelection(int index) {
		List<StepDefinition> now = history.current().steps();
		if (selected().isEmpty() && !now.isEmpty() && index >= 0) {
			selectedKey = now.get(Math.min(index, now.size() - 1)).key();
		}
	}

	/** The draft as it stands in the editor. */
	FlowDocument history() {
		return history.current();
	}

	void select(String stepKey) {
		selectedKey = stepKey;
		refresh(true);
	}

	private Optional<StepDefinition> selected() {
		return history.current()
			.steps()
			.stream()
			.filter(s -> s.key() != null && s.key().equals(selectedKey))
			.findFirst();
	}

	private int selectedIndex() {
		return selected().map(s -> history.current().steps().indexOf(s)).orElse(-1);
	}

	boolean save() {
		try {
			Draft saved = flows.saveDraft(key, lockVersion, history.current());
			lockVersion = saved.lockVersion();
			history.markSaved(saved.document());
			refresh(false);
			Notifications.success(getTranslation("flowdesign.editor.saved"));
			return true;
		}
		catch (BusinessException ex) {
			new FormErrors().show(ex, () -> load(flows.draft(key).orElseThrow()));
			return false;
		}
	}

	private void openPublish() {
		if (history.dirty() && !save()) {
			return;
		}
		new PublishDialog(history.current().name(), paths.warnings(words()), (note, at) -> {
			try {
				return flows.publish(key, lockVersion, note, at);
			}
			catch (FlowInvalidException ex) {
				validation.show(ex.errors());
				throw ex;
			}
		}, number -> {
			Notifications.success(getTranslation("flowdesign.editor.published", number));
			history.markSaved(history.current());
			getUI().ifPresent(ui -> ui.navigate(FlowHistoryView.class, new RouteParameters("key", key)));
		}).open();
	}

	@Override
	public String getPageTitle() {
		return (history == null ? "" : history.current().name() + " | ") + getTranslation("app.name");
	}

}
