package com.hallflow.flowdesign.ui;

import com.hallflow.base.ui.Dates;
import com.hallflow.base.BusinessException;
import com.hallflow.base.TextDiff;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.MarkedText;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDiff;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowSummary;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.VersionSummary;
import com.hallflow.flowdesign.counter.StepScreen;
import com.hallflow.security.ActorNames;
import com.hallflow.security.AppRoles;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.UserAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every published version of a flow: read any of them, compare two in words (a changed
 * text shown whole in both versions, what changed marked), export one, or start a new
 * draft from one (which is how a flow is rolled back). A region admin reads, compares and
 * exports; only head office starts a draft.
 */
@Route("flows/:key/versions")
@RolesAllowed({ AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN })
public class FlowHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final Grid<VersionSummary> versions = new Grid<>(VersionSummary.class, false);

	final Select<Integer> from = new Select<>();

	final Select<Integer> to = new Select<>();

	final UnorderedList diff = new UnorderedList();

	final VerticalLayout reader = new VerticalLayout();

	final Button newDraft = new Button();

	final Anchor export = new Anchor();

	private final FlowDesignService flows;

	final H2 heading = new H2();

	/** Comparing versions: shown once there are two to compare. */
	final VerticalLayout compare = new VerticalLayout();

	private Map<String, String> flowNames = Map.of();

	private String key;

	/** A region admin's: no draft is started from here. */
	private final boolean readOnly;

	FlowHistoryView(FlowDesignService flows, UserAccountService accounts, CurrentUser currentUser) {
		this.flows = flows;
		this.readOnly = !currentUser.require().isHeadOffice();
		setSizeFull();
		versions.setId("version-grid");
		// the change note takes the room the others leave; they take the width they need
		versions.addColumn(v -> getTranslation("flowdesign.flows.versionNumber", v.number()))
			.setHeader(getTranslation("flowdesign.history.version"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		versions.addColumn(VersionSummary::changeNote)
			.setHeader(getTranslation("flowdesign.history.note"))
			.setFlexGrow(1)
			.setTooltipGenerator(VersionSummary::changeNote);
		ActorNames publishers = new ActorNames(accounts, getTranslation("security.actor.system"));
		versions.addColumn(v -> publishers.name(v.publishedBy()))
			.setTooltipGenerator(v -> publishers.username(v.publishedBy()))
			.setHeader(getTranslation("flowdesign.history.by"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		versions.addColumn(v -> Dates.format(v.publishedAt(), getLocale()))
			.setHeader(getTranslation("flowdesign.history.at"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		versions.addColumn(v -> Dates.format(v.effectiveFrom(), getLocale()))
			.setHeader(getTranslation("flowdesign.history.effective"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		versions.setAllRowsVisible(true);
		versions.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(v -> read(v.number())));

		from.setId("diff-from");
		from.setLabel(getTranslation("flowdesign.history.compareFrom"));
		to.setId("diff-to");
		to.setLabel(getTranslation("flowdesign.history.compareTo"));
		from.addValueChangeListener(e -> showDiff());
		to.addValueChangeListener(e -> showDiff());
		diff.setId("version-diff");
		// the full width, its indent included, so that long texts wrap inside the view
		diff.setWidthFull();
		diff.getStyle().set("box-sizing", "border-box");

		newDraft.setId("new-draft-from-version");
		newDraft.addClickListener(e -> versions.getSelectedItems().stream().findFirst().ifPresent(v -> {
			try {
				flows.newDraftFrom(key, v.number());
				getUI().ifPresent(ui -> ui.navigate(FlowEditorView.class, new RouteParameters("key", key)));
			}
			catch (BusinessException ex) {
				new FormErrors().show(ex, () -> {
				});
			}
		}));
		export.setId("export-version");
		export.getElement().setAttribute("download", true);
		Button back = new Button(getTranslation("flowdesign.flows.title"), VaadinIcon.ARROW_LEFT.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(FlowsView.class)));
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		compare.add(new H3(getTranslation("flowdesign.history.compare")), new HorizontalLayout(from, to), diff);
		compare.setPadding(false);
		// the button and the link side by side on one line
		HorizontalLayout actions = new HorizontalLayout(newDraft, export);
		actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
		reader.setId("version-reader");
		reader.setPadding(false);
		reader.setWidthFull();
		add(new HorizontalLayout(back, heading), versions, compare, actions, reader);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		key = event.getRouteParameters().get("key").orElseThrow();
		List<VersionSummary> all = flows.versions(key);
		flowNames = flows.flows().stream().collect(Collectors.toMap(FlowSummary::key, FlowSummary::name));
		heading.setText(getTranslation("flowdesign.history.title", flowNames.getOrDefault(key, key)));
		versions.setItems(all);
		List<Integer> numbers = all.stream().map(VersionSummary::number).toList();
		from.setItems(numbers);
		to.setItems(numbers);
		from.setItemLabelGenerator(n -> getTranslation("flowdesign.flows.versionNumber", n));
		to.setItemLabelGenerator(n -> getTranslation("flowdesign.flows.versionNumber", n));
		if (numbers.size() >= 2) {
			from.setValue(numbers.get(1));
			to.setValue(numbers.get(0));
		}
		compare.setVisible(numbers.size() >= 2);
		if (!all.isEmpty()) {
			versions.select(all.get(0));
		}
		newDraft.setVisible(!readOnly && !all.isEmpty());
		export.setVisible(!all.isEmpty());
	}

	private void read(int number) {
		FlowDocument doc = flows.version(key, number);
		newDraft.setText(getTranslation("flowdesign.history.newDraftFrom", number));
		export.setText(getTranslation("flowdesign.history.export", number));
		String fileName = key + "-v" + number + ".json";
		export.setHref(new StreamResource(fileName,
				() -> new ByteArrayInputStream(flows.export(key, number).getBytes(StandardCharsets.UTF_8))));
		reader.removeAll();
		reader.add(new H3(getTranslation("flowdesign.history.reading", number, doc.name())));
		FlowDiagram diagram = new FlowDiagram(stepKey -> {
		});
		diagram.show(doc, null, Set.of(), new FlowWords(doc, flowNames, this::getTranslation));
		// the page's whole width: a wide flow is read without scrolling sideways
		diagram.setWidthFull();
		reader.add(diagram);
		for (StepDefinition step : doc.steps()) {
			StepScreen screen = new StepScreen(step, Map.of());
			screen.setEnabled(false);
			reader.add(screen);
		}
	}

	private void showDiff() {
		diff.removeAll();
		if (from.getValue() == null || to.getValue() == null) {
			return;
		}
		List<FlowDiff.Change> changes = FlowDiff.between(flows.version(key, from.getValue()),
				flows.version(key, to.getValue()));
		if (changes.isEmpty()) {
			diff.add(new ListItem(getTranslation("flowdesign.history.noChanges")));
		}
		changes.forEach(c -> diff.add(item(c)));
	}

	private ListItem item(FlowDiff.Change change) {
		ListItem item = new ListItem(new Span(getTranslation(change.messageKey(), change.args().toArray())));
		if (change.texts() != null) {
			TextDiff.Result marked = TextDiff.between(change.texts().before(), change.texts().after());
			String empty = getTranslation("flowdesign.history.noText");
			Div texts = new Div(versionLabel(from.getValue()), new MarkedText(marked.before(), empty),
					versionLabel(to.getValue()), new MarkedText(marked.after(), empty));
			texts.addClassName("text-versions");
			texts.getStyle()
				.set("display", "grid")
				.set("grid-template-columns", "max-content minmax(0, 1fr)")
				.set("gap", "var(--lumo-space-xs) var(--lumo-space-m)")
				.set("margin", "var(--lumo-space-xs) 0 var(--lumo-space-s)");
			item.add(texts);
		}
		return item;
	}

	private Span versionLabel(int number) {
		Span label = new Span(getTranslation("flowdesign.flows.versionNumber", number));
		label.getStyle().set("color", "var(--lumo-secondary-text-color)");
		return label;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("flowdesign.history.title", flowNames.getOrDefault(key, key)) + " | "
				+ getTranslation("app.name");
	}

}
