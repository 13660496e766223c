package com.hallflow.variant.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.security.AppRoles;
import com.hallflow.security.UserAccountService;
import com.hallflow.variant.FlowOverlay;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.FlowRolloutService;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayCheck;
import com.hallflow.variant.OverlayDraft;
import com.hallflow.variant.OverlayFormatException;
import com.hallflow.variant.OverlayInvalidException;
import com.hallflow.variant.OverlayIssue;
import com.hallflow.variant.OverlayJson;
import com.hallflow.variant.OverlayService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The region admin's editor of its overlay of one of head office's flows (route
 * {@code variants/<flow>}, or {@code variants/<flow>/<region>} for a province's admin
 * editing one of its cities): the overlay's changes with their problems, the effective
 * flow with what each level changed, the differences from head office's standard in
 * words; save, publish (at once or staged, decision 0027), history, export, import; the
 * staged rollout of the region's overlay with its planning, pause, resume and rollback.
 * Every change is checked at once against head office's newest version; nothing is stored
 * until saved.
 */
@Route("variants/:flow/:region?([0-9]+)")
@RolesAllowed(AppRoles.REGION_ADMIN)
public class OverlayEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final OverlayService overlays;

	private final RegionService regions;

	private final BranchService branches;

	private final Clock clock;

	private final UserAccountService accounts;

	final OverlayRolloutPanel rollout;

	/**
	 * A city's editor: the province's staged rollout, read only (the city's branches run
	 * the province's overlay under the city's).
	 */
	final OverlayRolloutPanel provinceRollout;

	PublishOverlayDialog publishDialog;

	private final H2 heading = new H2();

	private final Span base = new Span();

	private final UnorderedList conflicts = new UnorderedList();

	private final ChangeList changes = new ChangeList(this::changed, this::edit);

	private final EffectiveFlowPanel effective = new EffectiveFlowPanel();

	private final UnorderedList findings = new UnorderedList();

	private final UnorderedList diff = new UnorderedList();

	final Select<OverlayChange.Op> add = new Select<>();

	final Button save = new Button();

	final Button publish = new Button();

	private String flowKey;

	private RegionNode region;

	private long lockVersion;

	private FlowOverlay overlay;

	private OverlayCheck check;

	OverlayEditorView(OverlayService overlays, FlowRolloutService rollouts, RegionService regions,
			BranchService branches, UserAccountService accounts, Clock clock) {
		this.overlays = overlays;
		this.accounts = accounts;
		this.regions = regions;
		this.branches = branches;
		this.clock = clock;
		this.rollout = new OverlayRolloutPanel(rollouts, regions, branches, clock, true);
		this.provinceRollout = new OverlayRolloutPanel(rollouts, regions, branches, clock, false, "province-rollout");
		setSizeFull();
		heading.setId("overlay-heading");
		base.setId("overlay-base");
		conflicts.setId("overlay-conflicts");
		findings.setId("overlay-findings");
		diff.setId("overlay-diff");
		add.setId("overlay-add");
		add.setPlaceholder(getTranslation("variant.editor.add"));
		add.setItems(OverlayChange.Op.values());
		add.setItemLabelGenerator(op -> getTranslation(op.messageKey()));
		add.addValueChangeListener(e -> {
			if (e.getValue() != null) {
				openDialog(e.getValue());
				add.clear();
			}
		});
		save.setId("overlay-save");
		save.setText(getTranslation("variant.editor.save"));
		save.addClickListener(e -> save(true));
		publish.setId("overlay-publish");
		publish.setText(getTranslation("variant.editor.publish"));
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		publish.addClickListener(e -> openPublish());
		Button history = new Button(getTranslation("variant.editor.history"), VaadinIcon.TIME_BACKWARD.create(),
				e -> new OverlayHistoryDialog(overlays, accounts, flowKey, region.id(), region.code()).open());
		history.setId("overlay-history-open");
		HorizontalLayout toolbar = new HorizontalLayout(add, save, publish, history, importer());
		toolbar.setAlignItems(Alignment.BASELINE);
		HorizontalLayout body = new HorizontalLayout(changes, effective);
		body.setWidthFull();
		changes.setWidth("50%");
		effective.setWidth("50%");
		add(heading, base, conflicts, toolbar, provinceRollout, rollout, body,
				new H3(getTranslation("variant.editor.findings")), findings,
				new H3(getTranslation("variant.editor.diff")), diff);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		flowKey = event.getRouteParameters().get("flow").orElse("");
		Long regionId = event.getRouteParameters()
			.get("region")
			.map(Long::valueOf)
			.orElseGet(() -> overlays.ownRegion().map(RegionNode::id).orElse(null));
		if (regionId == null) {
			event.forwardTo(VariantsView.class);
			return;
		}
		try {
			load(overlays.draft(flowKey, regionId));
		}
		catch (BusinessException e) {
			Notifications.error(getTranslation(e.messageKey(), e.arguments()));
			event.forwardTo(VariantsView.class);
		}
	}

	@Override
	public String getPageTitle() {
		return (check == null ? getTranslation("variant.editor.title") : heading.getText()) + " | "
				+ getTranslation("app.name");
	}

	private void load(OverlayDraft draft) {
		lockVersion = draft.lockVersion();
		region = overlays.region(draft.regionId());
		overlay = draft.overlay();
		List<OverlayIssue> behind = overlays.conflicts(flowKey, draft.regionId());
		conflicts.removeAll();
		behind.forEach(i -> conflicts.add(new ListItem(IssueWords.of(this, i))));
		conflicts.setVisible(!behind.isEmpty());
		refresh();
		rollout.show(flowKey, check.hq().document().name(), region);
		if (region.parentId() == null) {
			provinceRollout.setVisible(false);
		}
		else {
			provinceRollout.show(flowKey, check.hq().document().name(), overlays.region(region.parentId()));
		}
	}

	/** Checks the overlay as it stands and shows it all again. */
	private void refresh() {
		check = overlays.check(flowKey, region.id(), overlay);
		heading.setText(getTranslation("variant.editor.heading", check.hq().document().name(), region.name()));
		base.setText(getTranslation("variant.editor.base", check.hq().number()));
		changes.show(overlay, check);
		effective.show(check, region.isProvince());
		findings.removeAll();
		check.issues()
			.stream()
			.filter(i -> i.change() < 0)
			.forEach(i -> findings.add(new ListItem(IssueWords.of(this, i))));
		if (findings.getChildren().findAny().isEmpty()) {
			findings.add(new ListItem(getTranslation("variant.editor.noFindings")));
		}
		diff.removeAll();
		check.diff().forEach(c -> diff.add(new ListItem(IssueWords.of(this, c))));
		if (check.diff().isEmpty()) {
			diff.add(new ListItem(getTranslation("variant.editor.sameAsHq")));
		}
	}

	private void openDialog(OverlayChange.Op op) {
		ChangeDialog.of(op, check.effective(), null, this::append).open();
	}

	/** Opens the change at {@code index} filled in; what is done there replaces it. */
	private void edit(int index) {
		OverlayChange change = overlay.changes().get(index);
		ChangeDialog.of(change.op(), check.effective(), change, edited -> {
			List<OverlayChange> all = new ArrayList<>(overlay.changes());
			all.set(index, edited);
			changed(all);
		}).open();
	}

	private void append(OverlayChange change) {
		List<OverlayChange> all = new ArrayList<>(overlay.changes());
		all.add(change);
		changed(all);
	}

	private void changed(List<OverlayChange> all) {
		overlay = overlay.withChanges(all);
		refresh();
	}

	/**
	 * Saves the draft; says so only when saving is what the admin asked for (a publish
	 * speaks for itself, and a refused one must not read as a success).
	 */
	private boolean save(boolean announce) {
		try {
			OverlayDraft saved = overlays.saveDraft(flowKey, region.id(), lockVersion, overlay);
			lockVersion = saved.lockVersion();
			overlay = saved.overlay();
			if (announce) {
				Notifications.success(getTranslation("variant.editor.saved"));
			}
			refresh();
			return true;
		}
		catch (BusinessException e) {
			new FormErrors().show(e, () -> load(overlays.draft(flowKey, region.id())));
			return false;
		}
	}

	private void openPublish() {
		if (!check.publishable()) {
			IssuesDialog.of("variant.publish.refused", "variant.publish.hasProblems", check.blocking()).open();
			return;
		}
		publishDialog = new PublishOverlayDialog(check.hq().document().name(), check.hq().number(), region,
				regions.all(), branches, clock, this::publish);
		publishDialog.open();
	}

	/** Saves the draft, then publishes it at once or staged ({@code stages} not null). */
	private boolean publish(String note, List<Stage> stages, List<RolloutTarget> exclusions) {
		if (!save(false)) {
			return false;
		}
		try {
			if (stages == null) {
				int number = overlays.publish(flowKey, region.id(), lockVersion, note);
				Notifications.success(getTranslation("variant.publish.done", number));
			}
			else {
				FlowRollout staged = overlays.publishStaged(flowKey, region.id(), lockVersion, note, stages,
						exclusions);
				Notifications.success(getTranslation("variant.publish.stagedDone", staged.subjectNumber()));
			}
			load(overlays.draft(flowKey, region.id()));
			return true;
		}
		catch (OverlayInvalidException e) {
			IssuesDialog.of("variant.publish.refused", "variant.publish.hasProblems", e.issues()).open();
			return false;
		}
		catch (BusinessException e) {
			if (!publishDialog.showPlanError(e)) {
				new FormErrors().show(e, () -> load(overlays.draft(flowKey, region.id())));
			}
			return false;
		}
	}

	private Upload importer() {
		MemoryBuffer buffer = new MemoryBuffer();
		Upload upload = new Upload(buffer);
		upload.setId("overlay-import");
		upload.setAcceptedFileTypes("application/json", ".json");
		upload.setMaxFileSize(OverlayJson.MAX_BYTES);
		upload.setUploadButton(new Button(getTranslation("variant.editor.import"), VaadinIcon.UPLOAD.create()));
		upload.setDropAllowed(false);
		// the file list emptied after each file, refused or not: it would sit cut under
		// the
		// toolbar, and a full list (one file) would keep the button from taking the next
		upload.addSucceededListener(e -> {
			upload.clearFileList();
			importFile(buffer.getInputStream());
		});
		upload.addFileRejectedListener(e -> {
			upload.clearFileList();
			Notifications.error(getTranslation("variant.editor.importTooLarge"));
		});
		return upload;
	}

	private void importFile(InputStream in) {
		try {
			load(overlays.importDraft(flowKey, region.id(), OverlayJson.text(in.readAllBytes())));
			Notifications.success(getTranslation("variant.editor.imported"));
		}
		catch (OverlayFormatException e) {
			IssuesDialog.ofFile(e.messageKey(), e.problems()).open();
		}
		catch (OverlayInvalidException e) {
			IssuesDialog.of("variant.editor.importRefused", "variant.editor.importHasProblems", e.issues()).open();
		}
		catch (IOException e) {
			Notifications.error(getTranslation("variant.editor.importUnreadable"));
		}
	}

}
