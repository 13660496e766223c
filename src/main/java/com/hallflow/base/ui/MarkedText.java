package com.hallflow.base.ui;

import com.hallflow.base.TextDiff;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import java.util.List;

/**
 * One version of a text, whole, with what changed marked (see {@link TextDiff}): what was
 * taken out struck through on red, what was put in underlined on green, so the marks read
 * without colour too. The text goes in as text, never as HTML; long texts wrap and keep
 * their line breaks.
 */
public class MarkedText extends Div {

	/**
	 * @param parts one side of a {@link TextDiff.Result}
	 * @param empty what to show for a text that has nothing in it
	 */
	public MarkedText(List<TextDiff.Part> parts, String empty) {
		getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
		if (parts.isEmpty()) {
			add(new Text(empty));
		}
		for (TextDiff.Part part : parts) {
			switch (part.kind()) {
				case SAME -> add(new Text(part.text()));
				case DELETED -> add(new Deleted(part.text()));
				case INSERTED -> add(new Inserted(part.text()));
			}
		}
	}

	/** Text the other version took out. */
	@Tag("del")
	public static class Deleted extends HtmlContainer {

		Deleted(String text) {
			setText(text);
			getStyle().set("text-decoration", "line-through")
				.set("color", "var(--lumo-error-text-color)")
				.set("background", "var(--lumo-error-color-10pct)");
		}

	}

	/** Text the other version put in. */
	@Tag("ins")
	public static class Inserted extends HtmlContainer {

		Inserted(String text) {
			setText(text);
			getStyle().set("text-decoration", "underline")
				.set("color", "var(--lumo-success-text-color)")
				.set("background", "var(--lumo-success-color-10pct)");
		}

	}

}
