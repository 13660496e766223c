package com.hallflow.flowdesign.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.TranslationProvider;
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
import com.hallflow.flowdesign.StagedPublishService;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.ValidationIssue;
import com.hallflow.flowdesign.counter.StepScreen;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
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
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

	private static final String GUTTER = "var(--lumo-space-m)";

	final StepList steps = new StepList(() -> this.history.current(), doc -> apply(doc, true), this::selectFromList);

	final StepToolbar stepToolbar;

	final EditorHeader header = new EditorHeader();

	final Button save = header.save;

	final Button publish = header.publish;

	final Button undo = header.undo;

	final Button redo = header.redo;

	final Span state = header.state;

	final ValidationPanel validation = new ValidationPanel(this::select);

	final Div editorSlot = new Div();

	final Div previewSlot = new Div();

	final FlowDiagram diagram = new FlowDiagram(this::select,
			new DiagramEdits(() -> this.history.current(), this::words, (stepKey, doc) -> {
				this.selectedKey = stepKey == null ? this.selectedKey : stepKey;
				apply(doc, true);
			}, this::confirmDelete));

	final PathsPanel paths = new PathsPanel();

	final Button trial = header.trial;

	private final FlowDesignService flows;

	private final StagedPublishService stagedPublish;

	final H2 heading = header.heading;

	private final LocalDate today;

	private List<ScriptSnippet> snippets = List.of();

	private FlowValidator validator;

	private List<String> callableFlows = List.of();

	private Map<String, String> flowNames = Map.of();

	private String key;

	private long lockVersion;

	private DraftHistory history;

	private String selectedKey;

	private List<ValidationIssue> issues = List.of();

	FlowEditorView(FlowDesignService flows, StagedPublishService stagedPublish, ScriptLibraryService library,
			Clock clock) {
		this.flows = flows;
		this.stagedPublish = stagedPublish;
		this.snippets = library.all();
		this.today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		setSizeFull();
		buildToolbar();

		stepToolbar = new StepToolbar(snippets, () -> history.current(), this::selected, this::insert, this::move,
				this::confirmDelete);
		VerticalLayout left = new VerticalLayout(stepToolbar, steps);
		left.setPadding(false);
		// a gutter on each side of the splitters, so the panes do not touch
		left.getStyle().set("padding-inline-end", GUTTER);
		editorSlot.getStyle().set("padding-inline", GUTTER).set("box-sizing", "border-box");
		left.expand(steps);
		editorSlot.setWidthFull();
		Details diagramDetails = new Details(getTranslation("flowdesign.editor.diagram"), diagram);
		diagramDetails.setOpened(true);
		diagramDetails.setWidthFull();
		VerticalLayout right = new VerticalLayout(new H4(getTranslation("flowdesign.editor.preview")), previewSlot,
				validation, paths, diagramDetails);
		right.setPadding(false);
		right.getStyle().set("padding-inline-start", GUTTER);
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
			// in the order of their Chinese names as people read them (pinyin), not by
			// code point
			.sorted(Comparator.comparing((String k) -> flowNames.getOrDefault(k, k),
					Collator.getInstance(Locale.CHINA)))
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
		save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
		save.addClickListener(e -> save());
		publish.addClickListener(e -> openPublish());
		historyButton(undo, Key.KEY_Z, () -> history.undo());
		historyButton(redo, Key.KEY_Y, () -> history.redo());
		header.properties
			.addClickListener(e -> new FlowPropertiesDialog(history.current(), doc -> apply(doc, false)).open());
		header.versions.addClickListener(
				e -> getUI().ifPresent(ui -> ui.navigate(FlowHistoryView.class, new RouteParameters("key", key))));
		header.back.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FlowsView.class)));
		trial.addClickListener(e -> {
			if (!history.dirty() || save()) {
				getUI().ifPresent(ui -> ui.navigate("flows/" + key + "/trial"));
			}
		});
		add(header);
	}

	/** Undo or redo: the step at the same place stays selected. */
	private void historyButton(Button button, Key shortcut, Runnable action) {
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
		header.showName(doc.name());
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
		step.map(this::withLibraryText)
			.ifPresent(s -> previewSlot.add(new StepScreen(s,
					Placeholders
						.sample(s.script(), k -> getTranslation(k), k -> getTranslation(TranslationProvider.CHINESE, k),
								today)
						.build())));
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
		new PublishDialog(history.current().name(), paths.warnings(words()), (note, at, staged) -> {
			try {
				return staged ? stagedPublish.publishStaged(key, lockVersion, note, at)
						: flows.publish(key, lockVersion, note, at);
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
