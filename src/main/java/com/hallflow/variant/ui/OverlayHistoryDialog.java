package com.hallflow.variant.ui;

import com.hallflow.base.ui.Dates;
import com.hallflow.security.ActorNames;
import com.hallflow.security.UserAccountService;
import com.hallflow.variant.OverlayService;
import com.hallflow.variant.OverlayVersionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The region's published versions of its overlay, newest first, each with the head-office
 * version it is laid on, who published it (by name) and why (or that the system laid it
 * again on head office's newer version; the note in full in its tooltip), and its export.
 */
class OverlayHistoryDialog extends Dialog {

	OverlayHistoryDialog(OverlayService overlays, UserAccountService accounts, String flowKey, long regionId,
			String regionCode) {
		setId("overlay-history-dialog");
		setHeaderTitle(getTranslation("variant.history.title"));
		setWidth("56rem");
		List<OverlayVersionSummary> versions = overlays.history(flowKey, regionId);
		Grid<OverlayVersionSummary> grid = new Grid<>();
		grid.setId("overlay-history");
		grid.addColumn(v -> getTranslation("variant.history.version", v.number(), v.baseVersion()))
			.setHeader(getTranslation("variant.history.versionHeader"))
			.setAutoWidth(true);
		grid.addColumn(this::note)
			.setTooltipGenerator(this::note)
			.setHeader(getTranslation("variant.history.note"))
			.setFlexGrow(1);
		ActorNames publishers = new ActorNames(accounts, getTranslation("security.actor.system"));
		grid.addColumn(v -> v.rebasedFrom() == null ? publishers.name(v.publishedBy())
				: getTranslation("variant.history.system"))
			.setTooltipGenerator(v -> v.rebasedFrom() == null ? publishers.username(v.publishedBy()) : null)
			.setHeader(getTranslation("variant.history.by"))
			.setAutoWidth(true);
		grid.addColumn(v -> Dates.format(v.publishedAt(), getLocale()))
			.setHeader(getTranslation("variant.history.at"))
			.setAutoWidth(true);
		grid.addComponentColumn(v -> {
			Anchor export = new Anchor(
					new StreamResource(flowKey + "-" + regionCode + "-v" + v.number() + ".json",
							() -> new ByteArrayInputStream(
									overlays.export(flowKey, regionId, v.number()).getBytes(StandardCharsets.UTF_8))),
					getTranslation("variant.history.export"));
			export.setId("overlay-export-" + v.number());
			export.getElement().setAttribute("download", true);
			return export;
		}).setAutoWidth(true);
		grid.setItems(versions);
		grid.setAllRowsVisible(true);
		add(grid);
		getFooter().add(new Button(getTranslation("base.action.close"), e -> close()));
	}

	/** The region admin's note, or that the system laid the version again. */
	private String note(OverlayVersionSummary v) {
		return v.rebasedFrom() == null ? v.changeNote()
				: getTranslation("variant.history.rebased", v.rebasedFrom(), v.baseVersion());
	}

}
