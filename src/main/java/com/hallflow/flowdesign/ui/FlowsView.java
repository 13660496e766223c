package com.hallflow.flowdesign.ui;

import com.hallflow.base.ui.Dates;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowFormatException;
import com.hallflow.flowdesign.FlowJson;
import com.hallflow.flowdesign.FlowSummary;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.security.ActorNames;
import com.hallflow.security.AppRoles;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.UserAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Every flow template, with what is published and what is being drafted. A region admin
 * reads head office's published flows here and opens their history; nothing else.
 */
@Route("flows")
@RolesAllowed({ AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN })
@Menu(order = 50, title = "flowdesign.flows.title", icon = "FILE_TREE")
public class FlowsView extends VerticalLayout implements HasDynamicTitle {

	final Grid<FlowSummary> grid = new Grid<>(FlowSummary.class, false);

	final Button create = new Button();

	final Button open = new Button();

	final Button history = new Button();

	final Button duplicate = new Button();

	final Button retire = new Button();

	final Button installStandard = new Button();

	final Button tileOrder = new Button();

	final Upload importUpload;

	private final FlowDesignService flows;

	private final StandardFlows standardFlows;

	/** A region admin's: head office's flows to read, not to change. */
	private final boolean readOnly;

	FlowsView(FlowDesignService flows, StandardFlows standardFlows, UserAccountService accounts,
			CurrentUser currentUser) {
		this.flows = flows;
		this.standardFlows = standardFlows;
		this.readOnly = !currentUser.require().isHeadOffice();
		setSizeFull();

		create.setId("flow-create");
		create.setText(getTranslation("flowdesign.flows.create"));
		create.setIcon(VaadinIcon.PLUS.create());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickListener(e -> new NewFlowDialog(getTranslation("flowdesign.flows.create"),
				command -> flows.create(command), this::openEditor)
			.open());
		open.setId("flow-open");
		open.setText(getTranslation("flowdesign.flows.open"));
		open.addClickListener(e -> selected().ifPresent(this::edit));
		history.setId("flow-history");
		history.setText(getTranslation("flowdesign.flows.history"));
		history.addClickListener(e -> selected().ifPresent(this::showHistory));
		duplicate.setId("flow-duplicate");
		duplicate.setText(getTranslation("flowdesign.flows.duplicate"));
		duplicate.addClickListener(e -> selected()
			.ifPresent(f -> new NewFlowDialog(getTranslation("flowdesign.flows.duplicateOf", f.name()),
					command -> flows.duplicate(f.key(), command), this::openEditor)
				.open()));
		retire.setId("flow-retire");
		retire.setText(getTranslation("flowdesign.flows.retire"));
		retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
		retire.addClickListener(e -> selected().ifPresent(this::confirmRetire));
		installStandard.setId("flow-install-standard");
		installStandard.setText(getTranslation("flowdesign.flows.installStandard"));
		installStandard.addClickListener(e -> {
			Notifications
				.success(getTranslation("flowdesign.flows.installed", String.join("、", standardFlows.install())));
			refresh();
		});

		tileOrder.setId("flow-tile-order");
		tileOrder.setText(getTranslation("flowdesign.tiles.open"));
		tileOrder.setIcon(VaadinIcon.GRID_SMALL.create());
		tileOrder.addClickListener(e -> new TileOrderDialog(flows).open());

		MemoryBuffer buffer = new MemoryBuffer();
		importUpload = new Upload(buffer);
		importUpload.setId("flow-import");
		importUpload.setAcceptedFileTypes("application/json", ".json");
		importUpload.setMaxFileSize(FlowJson.MAX_BYTES);
		importUpload.setUploadButton(new Button(getTranslation("flowdesign.flows.import"), VaadinIcon.UPLOAD.create()));
		importUpload.setDropAllowed(false);
		importUpload.addSucceededListener(e -> importFile(buffer.getInputStream()));
		importUpload
			.addFileRejectedListener(e -> Notifications.error(getTranslation("flowdesign.flows.importTooLarge")));

		HorizontalLayout toolbar = readOnly ? new HorizontalLayout(history) : new HorizontalLayout(create, open,
				history, duplicate, retire, importUpload, installStandard, tileOrder);
		toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		toolbar.setWrap(true);

		grid.setId("flow-grid");
		grid.addColumn(new ComponentRenderer<>(f -> {
			// the key (what the API and exports use) only on demand: people read names
			Span name = new Span(f.name());
			name.getElement().setAttribute("title", getTranslation("flowdesign.flows.keyHint", f.key()));
			return name;
		})).setHeader(getTranslation("flowdesign.flow.name")).setAutoWidth(true).setComparator(FlowSummary::name);
		grid.addColumn(FlowSummary::category).setHeader(getTranslation("flowdesign.flow.category"));
		grid.addColumn(f -> f.latestPublished() == null ? getTranslation("flowdesign.flows.unpublished")
				: getTranslation("flowdesign.flows.versionNumber", f.latestPublished()))
			.setHeader(getTranslation("flowdesign.flows.published"));
		grid.addColumn(f -> f.hasDraft() ? getTranslation("flowdesign.flows.hasDraft") : "")
			.setHeader(getTranslation("flowdesign.flows.draft"))
			.setVisible(!readOnly);
		grid.addColumn(f -> getTranslation(f.retired() ? "flowdesign.flows.retired" : "flowdesign.flows.active"))
			.setHeader(getTranslation("flowdesign.flows.status"));
		ActorNames editors = new ActorNames(accounts, getTranslation("security.actor.system"));
		grid.addColumn(f -> editors.name(f.updatedBy()) + " · " + Dates.format(f.updatedAt(), getLocale()))
			.setTooltipGenerator(f -> editors.username(f.updatedBy()))
			.setHeader(getTranslation("flowdesign.flows.lastEdited"))
			.setAutoWidth(true);
		grid.addSelectionListener(e -> updateButtons());
		grid.addItemDoubleClickListener(e -> {
			if (readOnly) {
				showHistory(e.getItem());
			}
			else {
				edit(e.getItem());
			}
		});

		add(new H2(getTranslation("flowdesign.flows.title")), toolbar, grid);
		expand(grid);
		refresh();
	}

	private void importFile(InputStream in) {
		try {
			Draft draft = flows.importDraft(FlowJson.text(in.readAllBytes()));
			Notifications.success(getTranslation("flowdesign.flows.imported", draft.key()));
			openEditor(draft.key());
		}
		catch (FlowFormatException ex) {
			new FormatProblemsDialog(ex.problems()).open();
		}
		catch (IOException ex) {
			Notifications.error(getTranslation("flowdesign.flows.importUnreadable"));
		}
	}

	/**
	 * Opens the flow's draft; a published flow without one offers, right here, to start a
	 * draft from its latest version (or to look at its versions first).
	 */
	private void edit(FlowSummary flow) {
		if (flow.hasDraft() || flow.latestPublished() == null) {
			openEditor(flow.key());
			return;
		}
		ConfirmDialog offer = new ConfirmDialog();
		offer.setId("new-draft-offer");
		offer.setHeader(getTranslation("flowdesign.flows.noDraft", flow.name()));
		offer.setText(getTranslation("flowdesign.flows.noDraftText", flow.name(), flow.latestPublished()));
		offer.setCancelable(true);
		offer.setCancelText(getTranslation("base.action.cancel"));
		offer.setRejectable(true);
		offer.setRejectText(getTranslation("flowdesign.flows.history"));
		offer.addRejectListener(e -> getUI()
			.ifPresent(ui -> ui.navigate(FlowHistoryView.class, new RouteParameters("key", flow.key()))));
		offer.setConfirmText(getTranslation("flowdesign.flows.newDraftAndEdit", flow.latestPublished()));
		offer.addConfirmListener(e -> {
			try {
				flows.newDraftFrom(flow.key(), flow.latestPublished());
				openEditor(flow.key());
			}
			catch (BusinessException ex) {
				new FormErrors().show(ex, this::refresh);
			}
		});
		offer.open();
	}

	private void showHistory(FlowSummary flow) {
		if (flow.latestPublished() != null) {
			getUI().ifPresent(ui -> ui.navigate(FlowHistoryView.class, new RouteParameters("key", flow.key())));
		}
	}

	private void confirmRetire(FlowSummary flow) {
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setHeader(getTranslation("flowdesign.flows.retire"));
		confirm.setText(getTranslation("flowdesign.flows.retireText", flow.name()));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("base.action.cancel"));
		confirm.setConfirmText(getTranslation("flowdesign.flows.retire"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener(e -> {
			try {
				flows.retire(flow.key());
				refresh();
			}
			catch (BusinessException ex) {
				new FormErrors().show(ex, this::refresh);
			}
		});
		confirm.open();
	}

	private Optional<FlowSummary> selected() {
		return grid.getSelectedItems().stream().findFirst();
	}

	private void updateButtons() {
		Optional<FlowSummary> flow = selected();
		open.setEnabled(flow.isPresent());
		history.setEnabled(flow.map(f -> f.latestPublished() != null).orElse(false));
		duplicate.setEnabled(flow.isPresent());
		retire.setEnabled(flow.map(f -> !f.retired()).orElse(false));
	}

	private void refresh() {
		var all = flows.flows();
		grid.setItems(all);
		installStandard
			.setVisible(!readOnly && !all.stream().map(FlowSummary::key).toList().containsAll(StandardFlows.keys()));
		updateButtons();
	}

	private void openEditor(String key) {
		getUI().ifPresent(ui -> ui.navigate(FlowEditorView.class, new RouteParameters("key", key)));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("flowdesign.flows.title") + " | " + getTranslation("app.name");
	}

}
