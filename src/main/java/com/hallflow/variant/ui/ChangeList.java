package com.hallflow.variant.ui;

import com.hallflow.variant.FlowOverlay;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayCheck;
import com.hallflow.variant.OverlayIssue;
import com.hallflow.variant.OverlayWords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.IntConsumer;

/**
 * The region's changes in order, each in words, with what keeps it from applying right
 * under it; in the editor each can be removed.
 */
class ChangeList extends VerticalLayout {

	private final VerticalLayout rows = new VerticalLayout();

	private final IntConsumer onRemove;

	/**
	 * @param onRemove removes the change at an index; null for a read-only list
	 */
	ChangeList(IntConsumer onRemove) {
		this.onRemove = onRemove;
		setId("overlay-changes");
		setPadding(false);
		rows.setPadding(false);
		add(new H3(getTranslation("variant.editor.changes")), rows);
	}

	void show(FlowOverlay overlay, OverlayCheck check) {
		rows.removeAll();
		if (overlay.changes().isEmpty()) {
			rows.add(new Paragraph(getTranslation("variant.editor.noChanges")));
		}
		for (int i = 0; i < overlay.changes().size(); i++) {
			OverlayChange change = overlay.changes().get(i);
			int index = i;
			Span words = new Span((i + 1) + ". "
					+ IssueWords.of(this, OverlayWords.describe(change, check.hq().document(), check.effective())));
			HorizontalLayout line = new HorizontalLayout(words);
			line.setAlignItems(Alignment.CENTER);
			if (onRemove != null) {
				Button remove = new Button(VaadinIcon.TRASH.create(), e -> onRemove.accept(index));
				remove.setId("overlay-remove-" + i);
				remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
				remove.setAriaLabel(getTranslation("variant.editor.remove"));
				remove.setTooltipText(getTranslation("variant.editor.remove"));
				line.add(remove);
			}
			VerticalLayout row = new VerticalLayout(line);
			row.setId("overlay-change-" + i);
			row.setPadding(false);
			row.setSpacing(false);
			for (OverlayIssue issue : check.issuesOf(i)) {
				Span problem = new Span(IssueWords.of(this, issue));
				problem.addClassName("overlay-problem");
				problem.getStyle().set("color", "var(--lumo-error-text-color)");
				row.add(problem);
			}
			rows.add(row);
		}
	}

}
