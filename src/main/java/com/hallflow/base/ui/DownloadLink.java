package com.hallflow.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A link that downloads a file built when it is clicked (so it holds what the screen
 * shows then).
 */
final class DownloadLink {

	private DownloadLink() {
	}

	static Anchor of(String id, VaadinIcon icon, String label, String fileName, String mediaType,
			Supplier<byte[]> content) {
		Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = content.get();
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
		}), "");
		anchor.setId(id);
		anchor.add(icon.create());
		anchor.add(label);
		anchor.getElement().setAttribute("download", true);
		anchor.addClassName("csv-download");
		// the icon apart from its words, both on one line
		anchor.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
		return anchor;
	}

}
